import { Component, type ReactNode } from 'react';

interface Props {
  /** what to show instead of the broken part, given the error message */
  fallback: (message: string) => ReactNode;
  children?: ReactNode;
}

/** Keeps a failing demo or element to its own box: the rest of the page keeps rendering. */
export class InlineErrorBoundary extends Component<Props, { message?: string }> {
  override state: { message?: string } = {};

  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    return this.state.message === undefined ? this.props.children : this.props.fallback(this.state.message);
  }
}
