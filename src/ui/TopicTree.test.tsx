import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TopicNode } from '../content/types';
import { readPageInfo } from '../islands/page';
import { tree } from '../islands/tree';
import type { LectureEntry } from './data';
import { uiStrings } from './i18n';
import { TopicTree } from './TopicTree';
import { ViewProvider } from './ViewContext';

const node = (id: string, title: string, children: TopicNode[] = [], sections: TopicNode['sections'] = []): TopicNode => ({ id, title, children, sections });
const lecture = node('lecture', 'Lecture', [
  node('sound', 'Sound representation', [node('stft', 'STFT', [], [{ id: 'window', text: 'Window length' }]), node('spectrogram', 'Spectrogram')]),
  node('three-d', '3D understanding', [node('voxels', 'Voxels')]),
]);
const lectures: LectureEntry[] = [
  { id: 'lecture', title: 'Lecture', script: 'assets/lectures/en/lecture-1.js', topics: 3 },
  { id: 'other', title: 'Other lecture', script: 'assets/lectures/en/other-2.js', topics: 3 },
];

/** The tree as the build renders it into a page, with its island mounted, as the browser has it. */
function mountTree(currentId: string) {
  const view = { lang: 'en' as const, file: 'en/stft.html', t: uiStrings('en') };
  document.documentElement.lang = 'en';
  document.documentElement.dataset.page = 'en/stft.html';
  document.body.innerHTML = renderToStaticMarkup(
    <ViewProvider value={view}>
      <TopicTree lectures={lectures} lectureTree={lecture} currentId={currentId} />
    </ViewProvider>,
  );
  const nav = screen.getByRole('navigation', { name: 'Topics' });
  tree(nav, readPageInfo());
  return nav;
}

afterEach(() => {
  delete window.__SN__;
  document.body.innerHTML = '';
});

describe('the topic tree', () => {
  it('is a navigation landmark that marks the open topic, expands its ancestors only, and lists its sections', () => {
    const nav = mountTree('stft');
    expect(within(nav).getByRole('link', { name: 'STFT' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'STFT' })).toHaveAttribute('href', 'stft.html');
    expect(within(nav).getByRole('button', { name: 'Collapse: Sound representation' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(nav).getByRole('button', { name: 'Expand: 3D understanding' })).toHaveAttribute('aria-expanded', 'false');
    expect(within(nav).queryByRole('link', { name: 'Voxels' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Window length' })).toHaveAttribute('href', '#window');
  });

  it('carries other lectures as collapsed entries without their topics', () => {
    const nav = mountTree('stft');
    expect(within(nav).getByRole('link', { name: 'Other lecture' })).toHaveAttribute('href', 'other.html');
    expect(within(nav).getByRole('button', { name: 'Expand: Other lecture' })).toHaveAttribute('aria-expanded', 'false');
    expect(nav.querySelector('li[data-lecture="other"]')).toHaveAttribute('data-tree-script', '../assets/lectures/en/other-2.js');
  });

  it('opens and closes a branch with the keyboard', async () => {
    const user = userEvent.setup();
    mountTree('stft');
    const toggle = screen.getByRole('button', { name: 'Expand: 3D understanding' });
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('link', { name: 'Voxels' })).toBeVisible();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Collapse: 3D understanding');
    await user.keyboard(' ');
    expect(screen.queryByRole('link', { name: 'Voxels' })).toBeNull();
  });

  it('loads another lecture’s topics from its script the first time it is opened', async () => {
    const user = userEvent.setup();
    const load = vi.fn().mockResolvedValue({ html: '<ul class="tree-children"><li><a href="far.html">Far topic</a></li></ul>', offline: [] });
    window.__SN__ = { define: () => undefined, load, bundleBase: '' };
    mountTree('stft');
    const toggle = screen.getByRole('button', { name: 'Expand: Other lecture' });
    await user.click(toggle);
    await waitFor(() => expect(screen.getByRole('link', { name: 'Far topic' })).toBeVisible());
    expect(load).toHaveBeenCalledWith('../assets/lectures/en/other-2.js');
    await user.click(toggle);
    await user.click(toggle);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says so, inside the tree, when a lecture’s script cannot be loaded', async () => {
    const user = userEvent.setup();
    window.__SN__ = { define: () => undefined, load: vi.fn().mockRejectedValue(new Error('offline')), bundleBase: '' };
    mountTree('stft');
    await user.click(screen.getByRole('button', { name: 'Expand: Other lecture' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the list');
  });
});
