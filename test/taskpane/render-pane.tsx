/** Shared harness of the task pane tests (jsdom): render the pane, click, find tabs and buttons. */
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { FinsamServices } from "../../src/services/types";
import { FinsamPane } from "../../src/taskpane/FinsamPane";

export async function renderPane(services: FinsamServices, initialTill?: string) {
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <FinsamPane services={services} initialTill={initialTill} />
      </FluentProvider>,
    );
  });
}

export const click = (el: HTMLElement) => act(async () => void fireEvent.click(el));
export const tab = (name: RegExp) => screen.getByRole("tab", { name });
export const button = (name: string | RegExp) => screen.getByRole("button", { name });

/** jsdom has no ResizeObserver (Fluent's MessageBar measures itself with one); unmounts after each test. */
export function usePaneTestEnvironment(): void {
  beforeAll(() => {
    class NoopResizeObserver {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoopResizeObserver;
  });
  afterEach(cleanup);
}
