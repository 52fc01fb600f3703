import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  readonly error: Error | undefined;
}

/**
 * The last line of defence: a bug in one panel must not blank the page or lose work. The work
 * itself is autosaved outside React, so reloading brings it back.
 */
export class ErrorBoundary extends Component<{ readonly area: string; readonly children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Trustwright: the ${this.props.area} failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <div className="notice error" role="alert">
        <span>
          The {this.props.area} hit a bug and stopped ({this.state.error.message}). Your work is saved in this
          browser.
        </span>
        <button type="button" onClick={() => this.setState({ error: undefined })}>
          Try again
        </button>
      </div>
    );
  }
}
