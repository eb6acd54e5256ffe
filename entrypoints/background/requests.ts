/**
 * Answers the extension pages' requests (utils/protocol/messages.ts): library requests go to the
 * library, tab requests to the tab checks; failures come back as `{ ok: false, error }` in words.
 */
import { readerMessage } from '@/entrypoints/background/reader-message';
import type { SelectionChecks } from '@/entrypoints/background/selection-check';
import type { TabChecks } from '@/entrypoints/background/tab-checks';
import { MalformedVarintsError } from '@/utils/index/varint-string';
import type { Library } from '@/utils/library/library';
import type { EvidenceDocument, EvidenceRefusal } from '@/utils/evidence/evidence-document';
import { browserTranslator as t } from '@/utils/i18n/browser-translator';
import { errorResponse, okResponse, type Request, type RequestType, type ResponseData, type ResponseOf } from '@/utils/protocol/messages';

export class Requests {
  constructor(
    private readonly library: Library,
    private readonly tabs: TabChecks,
    private readonly selections: SelectionChecks,
  ) {}

  /** Answers one validated request. */
  async handle(req: Request): Promise<ResponseOf<RequestType>> {
    try {
      return okResponse(await this.dispatch(req));
    } catch (err) {
      let failure = err;
      if (err instanceof MalformedVarintsError) {
        // The index cache passed its load checks (shape only) but holds data that does not
        // decode: forget it and answer again from an index rebuilt from the articles, once.
        console.warn('requests: the cached index is damaged; rebuilding it from the library', err);
        try {
          await this.library.discardIndexCache();
          return okResponse(await this.dispatch(req));
        } catch (again) {
          failure = again;
        }
      }
      console.error('requests:', failure);
      return errorResponse(readerMessage(failure));
    }
  }

  private dispatch(req: Request): Promise<ResponseData[RequestType]> {
    switch (req.type) {
      case 'check-tab': return this.tabs.checkTab(req.tabId);
      case 'save-article': return this.tabs.saveTab(req.tabId);
      case 'remove-article': return this.library.remove(req.id);
      case 'article-history': return this.library.history(req.id);
      case 'list-articles': return this.library.list();
      case 'search-library': return this.library.search(req.query);
      case 'export-library': return this.library.exportFile();
      case 'import-library': return this.library.importFile(req.data);
      case 'library-stats': return this.library.stats();
      case 'load-samples': return this.library.loadSamples();
      case 'get-settings': return this.library.getSettings();
      case 'set-settings': return this.tabs.applySettings(req.settings);
      case 'clear-library': return this.tabs.clearLibrary();
      case 'list-families': return this.library.familyList(req.query);
      case 'get-family': return this.library.family({ articleId: req.articleId, offset: req.offset });
      case 'list-speakers': return this.library.speakers(req.query);
      case 'get-speaker': return this.library.speaker(req.name, req.limit);
      case 'get-fidelity': return this.library.fidelity();
      case 'families-progress': return this.library.familiesProgress();
      case 'get-tab-state': return this.tabs.tabState(req.tabId);
      case 'export-evidence': return this.tabs.exportEvidence(req.tabId, req.format);
      case 'export-family-evidence': return this.library.familyEvidence({ articleId: req.articleId, offset: req.offset }, req.format).then((r) => delivered(r, 'family'));
      case 'export-speaker-evidence': return this.library.speakerEvidence(req.name, req.format).then((r) => delivered(r, 'speaker'));
      case 'get-selection-check': return Promise.resolve(this.selections.state(req.tabId));
      case 'dismiss-selection-check': return Promise.resolve(this.selections.dismiss(req.tabId));
      case 'highlight-quotes':
      case 'focus-quote':
      case 'focus-paraphrase':
      case 'step-quote':
      case 'toggle-highlights':
        throw new Error(`requests: ${req.type} is for the content script`);
      case 'extract-markup': throw new Error('requests: extract-markup is for the offscreen document');
    }
  }
}

/** The document, or the refusal in the reader's words. */
function delivered(r: EvidenceDocument | EvidenceRefusal, subject: 'family' | 'speaker'): EvidenceDocument {
  if ('refused' in r) throw new Error(`requests: ${t(r.refused === 'no-text' ? 'bgNoTextToAnnotate' : subject === 'family' ? 'bgFamilyGone' : 'bgSpeakerGone')}`);
  return r;
}
