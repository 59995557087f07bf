// Pure 3D geometry for the representation demo; see README.md for what lives where.
export * from './types';
export * from './sdf';
export * from './mesh';
export * from './shapes';
export * from './voxels';
export * from './camera';
export * from './raycast';
export * from './slice';
export * from './memory';
