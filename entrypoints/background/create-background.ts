/**
 * The background's parts over one library: the library on IndexedDB, the tab checks, the selected
 * text checks, the request answers, automatic mode and the keyboard commands. index.ts builds them
 * with the defaults and wires browser events to them; tests build them with their own store and clock.
 */
import { AutomaticMode } from '@/entrypoints/background/automatic-mode';
import { KeyboardCommands } from '@/entrypoints/background/commands';
import { Requests } from '@/entrypoints/background/requests';
import { SelectionChecks } from '@/entrypoints/background/selection-check';
import { TabChecks } from '@/entrypoints/background/tab-checks';
import { sampleArticles } from '@/utils/index/sample-coverage';
import { Library, type LibraryOptions } from '@/utils/library/library';
import { sendEvent, type PanelEvent } from '@/utils/protocol/messages';
import { LibraryStore } from '@/utils/storage/storage';

export interface BackgroundOptions extends Partial<LibraryOptions> {
  /** Tells the side panel about checks and commands (default: broadcast with sendEvent). */
  notify?: (event: PanelEvent) => void;
}

export interface Background {
  library: Library;
  tabs: TabChecks;
  requests: Requests;
  automatic: AutomaticMode;
  commands: KeyboardCommands;
  selections: SelectionChecks;
}

export function createBackground(opts: BackgroundOptions = {}): Background {
  const notify = opts.notify ?? ((event: PanelEvent) => void sendEvent(event));
  const library = new Library({
    openStore: opts.openStore ?? (() => LibraryStore.open()),
    now: opts.now,
    samples: opts.samples ?? sampleArticles,
    estimateUsage: opts.estimateUsage ?? estimateStorageUsage,
    cacheIdleMs: opts.cacheIdleMs,
  });
  const tabs = new TabChecks(library, notify);
  const selections = new SelectionChecks(library, tabs, notify);
  return {
    library,
    tabs,
    selections,
    requests: new Requests(library, tabs, selections),
    automatic: new AutomaticMode(library, tabs),
    commands: new KeyboardCommands(tabs, notify),
  };
}

async function estimateStorageUsage(): Promise<number | undefined> {
  const estimate = await globalThis.navigator?.storage?.estimate?.();
  return estimate?.usage;
}
