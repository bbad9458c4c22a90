// Keeps one broken record from blanking the page: a render error below this
// boundary (a clipping whose data no check foresaw) shows `fallback` in its
// place, and the rest of the library goes on. `resetKey` changing (another
// clipping opened) tries again.
import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  fallback(error: Error): ReactNode;
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: unknown;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown): void {
    console.error('Jianbao: a view failed to render', error);
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
