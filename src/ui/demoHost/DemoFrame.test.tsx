import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInView } from '../../../tests/components/render';
import { DemoFrame } from './DemoFrame';
import type { ParamSchema } from '../../demos/params';
import { defineDemo, type DemoProps } from '../../demos/types';

const params = {
  size: { kind: 'number', default: 8, min: 1, max: 16, step: 1 },
  shape: { kind: 'enum', default: 'box', options: ['box', 'ball'] },
} as const satisfies ParamSchema;

function Counter({ params: values, setParams }: DemoProps<typeof params>) {
  return (
    <button type="button" onClick={() => setParams({ size: values.size + 1 })}>
      size {values.size} {values.shape}
    </button>
  );
}

const demo = defineDemo({ title: { ko: '시험', en: 'Test demo' }, params, Component: Counter });

afterEach(() => history.replaceState(null, '', '/en/page.html'));

describe('a demo’s settings', () => {
  it('come from the note’s directive, then the page URL over it', () => {
    history.replaceState(null, '', '/en/page.html?test.shape=ball');
    renderInView(<DemoFrame demo={demo} anchor="demo-test" headingId="h" directiveSettings={JSON.stringify({ size: '3' })} />);
    expect(screen.getByRole('button', { name: 'size 3 ball' })).toBeInTheDocument();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('are written back to the URL as they change, and copied as a link to this setting', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    history.replaceState(null, '', '/en/page.html#intro');
    renderInView(<DemoFrame demo={demo} anchor="demo-test" headingId="h" />);
    await user.click(screen.getByRole('button', { name: 'size 8 box' }));
    // the copied link has the new setting at once; the address bar follows when the reader pauses
    await user.click(screen.getByRole('button', { name: 'Copy link to this setting' }));
    expect(writeText).toHaveBeenCalledWith(`${location.origin}/en/page.html?test.size=9#demo-test`);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
    await waitFor(() => expect(location.search).toBe('?test.size=9'));
  });

  it('from a garbled or out-of-range link are adjusted with a visible note, never a crash', () => {
    history.replaceState(null, '', '/en/page.html?test.size=999&test.shape=cube&test.colour=red');
    renderInView(<DemoFrame demo={demo} anchor="demo-test" headingId="h" />);
    expect(screen.getByRole('button', { name: 'size 16 box' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('size=999 → 16; shape=cube → box; colour=red (unknown setting, ignored)');
  });

  it('copied while the demo shows something a link cannot carry: the confirmation says what the link leaves out', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn().mockResolvedValue(undefined) }, configurable: true });
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    function OwnFile({ setLinkNote }: DemoProps<typeof params>) {
      return (
        <button type="button" onClick={() => setLinkNote?.('The file stays on this device.')}>
          open a file
        </button>
      );
    }
    renderInView(<DemoFrame demo={defineDemo({ title: { ko: '파일', en: 'File demo' }, params, Component: OwnFile })} anchor="demo-test" headingId="h" />);
    await user.click(screen.getByRole('button', { name: 'Copy link to this setting' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Link copied$/);
    await user.click(screen.getByRole('button', { name: 'open a file' }));
    await user.click(screen.getByRole('button', { name: 'Copy link to this setting' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Link copied\. The file stays on this device\.$/);
  });
});
