// Public surface of the sound-demo maths; see README.md for what lives where.
export * from './types';
export * from './rng';
export * from './decibels';
export { getFft, isFftSize, nextPowerOfTwo } from './fft';
export * from './windows';
export * from './window-analysis';
export * from './spectrum';
export * from './stft';
export * from './signals';
export * from './mel';
export * from './dct';
export * from './mfcc';
export * from './masks';
