import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderInView } from '../../../tests/components/render';
import { Heading } from './Heading';

describe('the link button beside a heading', () => {
  it('points at the heading and copies its absolute URL, confirming visibly', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });

    renderInView(
      <Heading level={2} id="해밍-창">
        해밍 창
      </Heading>,
      { lang: 'ko', file: 'stft.html' },
    );
    expect(screen.getByRole('heading', { level: 2, name: '해밍 창' })).toHaveAttribute('id', '해밍-창');
    const link = screen.getByRole('link', { name: '이 위치의 링크 복사: 해밍 창' });
    expect(link).toHaveAttribute('href', 'stft.html#%ED%95%B4%EB%B0%8D-%EC%B0%BD');

    await user.click(link);
    expect(writeText).toHaveBeenCalledWith(new URL('stft.html#%ED%95%B4%EB%B0%8D-%EC%B0%BD', location.href).href);
    expect(screen.getByRole('status')).toHaveTextContent('링크를 복사했습니다');
    expect(location.hash).toBe('#%ED%95%B4%EB%B0%8D-%EC%B0%BD');
  });

  it('says so when the clipboard refuses, then clears the message', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) }, configurable: true });
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    document.execCommand = vi.fn().mockReturnValue(false);

    renderInView(<Heading level={3} id="intro">Intro</Heading>);
    await user.click(screen.getByRole('link', { name: /Copy link to this place: Intro/ }));
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy');
    await act(() => new Promise((resolve) => setTimeout(resolve, 2100)));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
