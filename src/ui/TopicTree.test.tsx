import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TopicNode } from '../content/types';
import { renderInView } from '../../tests/components/render';
import { TopicTree } from './TopicTree';

const node = (id: string, title: string, children: TopicNode[] = [], sections: TopicNode['sections'] = []): TopicNode => ({ id, title, children, sections });
const lectures = [
  node('lecture', 'Lecture', [
    node('sound', 'Sound representation', [node('stft', 'STFT', [], [{ id: 'window', text: 'Window length' }]), node('spectrogram', 'Spectrogram')]),
    node('three-d', '3D understanding', [node('voxels', 'Voxels')]),
  ]),
];

describe('TopicTree', () => {
  it('is a navigation landmark that marks the open topic and expands its ancestors only', () => {
    renderInView(<TopicTree lectures={lectures} currentId="stft" />);
    const nav = screen.getByRole('navigation', { name: 'Topics' });
    expect(within(nav).getByRole('link', { name: 'STFT' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'STFT' })).toHaveAttribute('href', 'stft.html');
    expect(within(nav).getByRole('link', { name: 'Spectrogram' })).toHaveAttribute('href', 'spectrogram.html');
    expect(within(nav).getByRole('button', { name: 'Collapse: Sound representation' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(nav).getByRole('button', { name: 'Expand: 3D understanding' })).toHaveAttribute('aria-expanded', 'false');
    expect(within(nav).queryByRole('link', { name: 'Voxels' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Window length' })).toHaveAttribute('href', '#window');
  });

  it('opens and closes a branch with the keyboard', async () => {
    const user = userEvent.setup();
    renderInView(<TopicTree lectures={lectures} currentId="stft" />);
    const toggle = screen.getByRole('button', { name: 'Expand: 3D understanding' });
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('link', { name: 'Voxels' })).toBeVisible();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard(' ');
    expect(screen.queryByRole('link', { name: 'Voxels' })).toBeNull();
  });

  it('builds links relative to the current page (English pages live under en/)', () => {
    renderInView(<TopicTree lectures={lectures} currentId="voxels" />, { lang: 'en', file: 'en/voxels.html' });
    expect(screen.getByRole('link', { name: 'Voxels' })).toHaveAttribute('href', 'voxels.html');
  });
});
