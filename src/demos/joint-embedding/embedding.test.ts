import { describe, expect, it } from 'vitest';
import {
  ITEMS,
  TRAINING_TRIPLETS,
  analogy,
  bagOfWords,
  embed,
  gradientStep,
  initialModel,
  trainedModel,
  trainingGradient,
  trainingRun,
  TrainingRun,
  trainingLoss,
  tripletGradient,
  tripletLoss,
  type DistanceKind,
  type Model,
  type Vec2,
} from './embedding';

const KINDS: DistanceKind[] = ['l2', 'l2sq'];

describe('triplet loss', () => {
  it('gives the worked example: a = (0,0), p = (1,0), n = (1.2,0), α = 0.5 → 0.3 plain, 0.06 squared', () => {
    expect(tripletLoss([0, 0], [1, 0], [1.2, 0], 0.5, 'l2')).toBeCloseTo(0.3, 12);
    expect(tripletLoss([0, 0], [1, 0], [1.2, 0], 0.5, 'l2sq')).toBeCloseTo(0.06, 12);
  });

  it('is zero when d(a,n) − d(a,p) ≥ margin and positive otherwise', () => {
    const a: Vec2 = [0, 0];
    const p: Vec2 = [0.6, 0.8]; // d(a,p) = 1
    for (const margin of [0, 0.25, 0.5, 1]) {
      expect(tripletLoss(a, p, [0, -(1 + margin)], margin, 'l2')).toBe(0); // exactly on the margin
      expect(tripletLoss(a, p, [0, -(1 + margin + 0.3)], margin, 'l2')).toBe(0);
      expect(tripletLoss(a, p, [0, -(1 + margin - 0.1)], margin, 'l2')).toBeCloseTo(0.1, 12);
    }
    expect(tripletLoss(a, p, [0.1, 0], 0.2, 'l2')).toBeCloseTo(0.2 + 1 - 0.1, 12);
  });

  it('has zero gradient once the margin holds', () => {
    const g = tripletGradient([0, 0], [1, 0], [-2, 0], 0.5, 'l2');
    expect(g.loss).toBe(0);
    expect([...g.a, ...g.p, ...g.n]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('has a gradient that matches central finite differences', () => {
    const cases: [Vec2, Vec2, Vec2][] = [
      [
        [0.1, -0.3],
        [0.8, 0.4],
        [0.5, -0.2],
      ],
      [
        [-1, 0.5],
        [0.2, 0.1],
        [-0.7, 0.9],
      ],
      [
        [0.3, 0.3],
        [-0.4, 0.6],
        [0.2, 0.5],
      ],
    ];
    const h = 1e-6;
    for (const kind of KINDS) {
      for (const [a, p, n] of cases) {
        const g = tripletGradient(a, p, n, 0.8, kind);
        expect(g.loss).toBeGreaterThan(0);
        const points = [a, p, n] as Vec2[];
        const grads = [g.a, g.p, g.n];
        for (let which = 0; which < 3; which++) {
          for (let axis = 0; axis < 2; axis++) {
            const shifted = (delta: number) => {
              const copy = points.map((q) => [...q] as [number, number]);
              copy[which]![axis]! += delta;
              return tripletLoss(copy[0]!, copy[1]!, copy[2]!, 0.8, kind);
            };
            const numeric = (shifted(h) - shifted(-h)) / (2 * h);
            expect(grads[which]![axis]).toBeCloseTo(numeric, 6);
          }
        }
      }
    }
  });
});

describe('training the two projections', () => {
  it('uses each item as an anchor against every non-matching item of the other modality', () => {
    // 12 anchors × 1 positive × 5 negatives
    expect(TRAINING_TRIPLETS).toHaveLength(60);
    for (const [a, p, n] of TRAINING_TRIPLETS) {
      expect(ITEMS[p]!.concept).toBe(ITEMS[a]!.concept);
      expect(ITEMS[p]!.modality).not.toBe(ITEMS[a]!.modality);
      expect(ITEMS[n]!.modality).toBe(ITEMS[p]!.modality);
      expect(ITEMS[n]!.concept).not.toBe(ITEMS[a]!.concept);
    }
  });

  it('has a weight gradient that matches finite differences', () => {
    for (const kind of KINDS) {
      const model = initialModel(3);
      const grad = trainingGradient(model, 0.5, kind);
      const h = 1e-6;
      for (const part of ['image', 'text'] as const) {
        for (let i = 0; i < 12; i++) {
          const shifted = (delta: number): Model => ({ ...model, [part]: model[part].map((w, j) => (j === i ? w + delta : w)) });
          const numeric = (trainingLoss(shifted(h), 0.5, kind).loss - trainingLoss(shifted(-h), 0.5, kind).loss) / (2 * h);
          expect(grad[part][i]).toBeCloseTo(numeric, 6);
        }
      }
    }
  });

  it('lowers the training loss with a gradient step, and reaches zero: every margin holds', () => {
    for (const kind of KINDS) {
      for (const seed of [1, 2, 3, 4]) {
        const start = initialModel(seed);
        const before = trainingLoss(start, 0.5, kind).loss;
        expect(before).toBeGreaterThan(0);
        expect(trainingLoss(gradientStep(start, 0.5, kind), 0.5, kind).loss).toBeLessThan(before);
        const trained = trainedModel(seed, 200, 0.5, kind);
        expect(trainingLoss(trained, 0.5, kind)).toMatchObject({ loss: 0, active: 0 });
      }
    }
  });

  it('keeps a training run: every step gives the model gradient steps give, to the bit', () => {
    const bits = (model: Model) => [...model.image, ...model.text].map((w) => new BigUint64Array(Float64Array.of(w).buffer)[0]);
    for (const kind of KINDS) {
      for (const [seed, margin] of [
        [1, 0.5],
        [2, 0.1],
        [5, 1],
      ] as const) {
        const run = new TrainingRun(seed, margin, kind);
        let model = initialModel(seed);
        const checked = new Set([0, 1, 2, 3, 4, ...Array.from({ length: 16 }, (_, i) => i * 10)]);
        for (let step = 0; step <= 150; step++) {
          if (step > 0) model = gradientStep(model, margin, kind);
          const atStep = checked.has(step) ? bits(run.at(step)) : bits(model);
          expect(atStep, `${kind} seed ${seed} margin ${margin} step ${step}`).toEqual(bits(model));
        }
        expect(bits(trainedModel(seed, 150, margin, kind))).toEqual(bits(model));
      }
    }
    expect(trainingRun(3, 0.5, 'l2')).toBe(trainingRun(3, 0.5, 'l2'));
  });

  it('replays the same model for the same seed and steps (a link reproduces it)', () => {
    expect(trainedModel(7, 25, 0.5, 'l2')).toEqual(trainedModel(7, 25, 0.5, 'l2'));
    expect(trainedModel(7, 25, 0.5, 'l2')).not.toEqual(trainedModel(8, 25, 0.5, 'l2'));
  });
});

describe('multi-modal analogy', () => {
  // attribute-linear encoders: both map "car", "ball", "red", … to the same fixed directions
  const handMade: Model = (() => {
    // text: columns dog, cat, car, ball, red, blue
    const tx = [-1.5, -1.5, 1, 1, -0.5, 0.5];
    const ty = [1, -1, 0.5, -0.5, 0.8, -0.8];
    // image: columns fur, whiskers, wheels, round, red, blue (a cat = fur + whiskers)
    const ix = [-1.5, 0, 1, 1, -0.5, 0.5];
    const iy = [1, -2, 0.5, -0.5, 0.8, -0.8];
    return { image: [...ix, ...iy], text: [...tx, ...ty] };
  })();

  it('bag of words adds the word vectors', () => {
    expect(bagOfWords(['red', 'car'])).toEqual([0, 0, 1, 0, 1, 0]);
  });

  it('blue car − "blue" + "red" → red car on a hand-made attribute-linear embedding', () => {
    expect(analogy(handMade, 'blue-car', 'blue', 'red').ranking[0]!.concept).toBe('red-car');
    expect(analogy(handMade, 'red-ball', 'red', 'blue').ranking[0]!.concept).toBe('blue-ball');
    expect(analogy(handMade, 'red-car', 'car', 'ball').ranking[0]!.concept).toBe('red-ball');
  });

  it('works after training and computes q = f_img(A) − f_txt(a) + f_txt(b)', () => {
    const model = trainedModel(1, 200, 0.5, 'l2');
    const result = analogy(model, 'blue-car', 'blue', 'red');
    const start = embed(
      model,
      ITEMS.find((item) => item.id === 'img-blue-car')!,
    );
    const blue = embed(model, { id: 'txt-dog', modality: 'text', concept: 'dog', features: bagOfWords(['blue']) });
    const red = embed(model, { id: 'txt-dog', modality: 'text', concept: 'dog', features: bagOfWords(['red']) });
    expect(result.query[0]).toBeCloseTo(start[0] - blue[0] + red[0], 12);
    expect(result.query[1]).toBeCloseTo(start[1] - blue[1] + red[1], 12);
    expect(result.ranking[0]!.concept).toBe('red-car');
    expect(analogy(model, 'dog', 'dog', 'cat').ranking[0]!.concept).toBe('cat');
    const distances = result.ranking.map((r) => r.distance);
    for (let i = 1; i < distances.length; i++) expect(distances[i]).toBeGreaterThanOrEqual(distances[i - 1]!);
  });
});
