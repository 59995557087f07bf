import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { Lang } from '../content/types';
import { Heading } from '../ui/elements/Heading';
import { uiStrings } from '../ui/i18n';
import { ViewProvider } from '../ui/ViewContext';
import { progress } from '../store/progress';
import { copyLinks } from './copyLinks';
import { readPageInfo } from './page';

/** A heading as the build renders it into a page, inside a main element with its island mounted. */
function mountHeading(level: 2 | 3, id: string, text: string, lang: Lang, file: string) {
  document.documentElement.lang = lang;
  document.documentElement.dataset.page = file;
  const markup = renderToStaticMarkup(
    <ViewProvider value={{ lang, file, t: uiStrings(lang) }}>
      <Heading level={level} id={id}>
        {text}
      </Heading>
    </ViewProvider>,
  );
  document.body.innerHTML = `<main><article data-topic="stft" data-title="STFT">${markup}</article></main>`;
  copyLinks(document.querySelector('main')!, readPageInfo());
}

describe('the link button beside a heading', () => {
  it('points at the heading and copies its absolute URL, confirming visibly', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    mountHeading(2, '해밍-창', '해밍 창', 'ko', 'stft.html');
    expect(screen.getByRole('heading', { level: 2, name: '해밍 창' })).toHaveAttribute('id', '해밍-창');
    const link = screen.getByRole('link', { name: '이 위치의 링크와 책갈피: 해밍 창' });
    expect(link).toHaveAttribute('href', 'stft.html#%ED%95%B4%EB%B0%8D-%EC%B0%BD');
    await user.click(link);
    await user.click(screen.getByRole('button', { name: '링크 복사' }));
    expect(writeText).toHaveBeenCalledWith(new URL('stft.html#%ED%95%B4%EB%B0%8D-%EC%B0%BD', location.href).href);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('링크를 복사했습니다'));
    expect(location.hash).toBe('#%ED%95%B4%EB%B0%8D-%EC%B0%BD');
  });

  it('says so when the clipboard refuses, then clears the message', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) }, configurable: true });
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    document.execCommand = vi.fn().mockReturnValue(false);
    mountHeading(3, 'intro', 'Intro', 'en', 'en/stft.html');
    await user.click(screen.getByRole('link', { name: /Link to this place: Intro/ }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Could not copy'));
    vi.advanceTimersByTime(2100);
    expect(screen.getByRole('status')).toHaveTextContent('');
    vi.useRealTimers();
  });
});

describe('the link button’s menu', () => {
  it('bookmarks the place and takes the bookmark back, with the keyboard, giving focus back to the button', async () => {
    const user = userEvent.setup();
    mountHeading(2, 'window', 'Window length', 'en', 'en/stft.html');
    const link = screen.getByRole('link', { name: 'Link to this place: Window length' });
    link.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus();
    await user.keyboard('{Tab}{Enter}');
    expect(progress.getState().bookmarks['stft#window']).toMatchObject({
      topic: 'stft',
      anchor: 'window',
      label: 'Window length',
      topicTitle: 'STFT',
      lang: 'en',
    });
    expect(link).toHaveFocus();
    await user.click(link);
    expect(screen.getByRole('button', { name: 'Remove bookmark' })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Remove bookmark' })).toBeNull();
    expect(link).toHaveFocus();
    await user.click(link);
    await user.click(screen.getByRole('button', { name: 'Remove bookmark' }));
    expect(progress.getState().bookmarks).toEqual({});
  });
});
