import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordImages } from '../../../tests/components/canvasSpy';
import { demoRenderer } from '../../../tests/components/demoHarness';
import { textToImageParams } from './settings';
import TextToImageDemo from './TextToImageDemo';

const renderDemo = demoRenderer(TextToImageDemo, textToImageParams);

const yours = () => document.querySelector('[data-picture="yours"] svg')!;
const row = (name: string) => [...document.querySelectorAll(`[data-row="${name}"] svg`)];
const background = (svg: Element) => svg.querySelector('rect')!.getAttribute('fill');

afterEach(() => vi.restoreAllMocks());

describe('text-to-image demo', () => {
  it('moves the shapes when the labelled z₁ slider moves, and keeps the text’s content', () => {
    renderDemo();
    const before = yours().innerHTML;
    expect(yours().querySelectorAll('circle')).toHaveLength(2);
    fireEvent.change(screen.getByRole('slider', { name: 'z₁ (position)' }), { target: { value: '-2' } });
    expect(yours().innerHTML).not.toBe(before);
    expect(yours().querySelectorAll('circle')).toHaveLength(2);
    expect(screen.getByRole('img', { name: /^“two red circles”: at \(/ })).toBe(yours());
  });

  it('changes the content but keeps each column’s style when the text changes', () => {
    renderDemo();
    const backgrounds = row('text').map(background);
    expect(new Set(backgrounds).size).toBeGreaterThan(1); // different z, different style
    fireEvent.change(screen.getByRole('combobox', { name: 'Shape' }), { target: { value: 'square' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Count' }), { target: { value: 'three' } });
    expect(yours().querySelectorAll('rect[data-shape="square"]')).toHaveLength(3);
    expect(row('text').map(background)).toEqual(backgrounds);
    // the second row uses the same codes: the same backgrounds column by column
    expect(row('other').map(background)).toEqual(backgrounds);
  });

  it('draws new codes with Resample, and redraws the mean image', async () => {
    const images = recordImages();
    renderDemo();
    const grid = row('text').map((svg) => svg.innerHTML);
    const slider = screen.getByRole('slider', { name: 'z₂ (size)' });
    const firstMean = images.at(-1);
    fireEvent.click(screen.getByRole('button', { name: 'Resample z' }));
    expect(row('text').map((svg) => svg.innerHTML)).not.toEqual(grid);
    expect(slider.getAttribute('aria-valuetext')).not.toBe('-0.4');
    // the mean image follows a few frames later
    await waitFor(() => expect(images.at(-1)).not.toBe(firstMean));
    expect(screen.getByRole('img', { name: /Pixel-wise mean of 32 images generated for “two red circles”/ })).toBeInTheDocument();
  });

  it('shows the settings it is given, in Korean', () => {
    renderDemo({ lang: 'ko', initial: { count: 'one', colour: 'yellow', shape: 'triangle', z3: -1.5 }, file: 'text-to-image.html' });
    expect(screen.getByRole('combobox', { name: '색' })).toHaveValue('yellow');
    expect(screen.getByRole('slider', { name: 'z₃ (회전)' })).toHaveAttribute('aria-valuetext', '-1.5');
    expect(screen.getByRole('img', { name: /^“노란 삼각형 한 개”: .*회전 -45°/ })).toBe(yours());
  });
});
