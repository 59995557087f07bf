/**
 * What loads when the reader first rates a self-check question or opens the review page: the
 * FSRS scheduler, and the review page itself.
 */
export { rate } from '../../study/schedule';
export { mountReviewPage } from './reviewPage';
