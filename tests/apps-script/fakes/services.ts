/// <reference types="google-apps-script" />
import { randomUUID } from 'node:crypto';
import { as, Calls, expose } from './calls.ts';
import { FakeBlob, FakeDrive, FakeScript } from './docs.ts';
import { FakeRuleBuilder, FakeSpreadsheet } from './spreadsheet.ts';

export class FakeUi
  implements Pick<GoogleAppsScript.Base.Ui, 'alert' | 'createAddonMenu' | 'createMenu' | 'showSidebar'>
{
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  alerts: { title: string; prompt: string }[] = [];
  /** Menus built: `title` null for the add-on menu (Sheets names it after the add-on or the script project). */
  menus: {
    title: string | null;
    items: { caption: string; fn: string }[];
    separators: number[];
    added: boolean;
  }[] = [];
  sidebars: { title: string; html: string }[] = [];
  constructor(readonly calls: Calls) {}
  alert(a: string, b?: unknown, _c?: unknown): GoogleAppsScript.Base.Button {
    this.alerts.push(typeof b === 'string' ? { title: a, prompt: b } : { title: '', prompt: a });
    return as<GoogleAppsScript.Base.Button>('OK');
  }
  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return this.menu(null);
  }
  /** Ui.createMenu(caption): "Creates a builder that can be used to add a menu to the editor's user interface." */
  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return this.menu(String(caption));
  }
  private menu(title: string | null): GoogleAppsScript.Base.Menu {
    const menu = {
      title,
      items: [] as { caption: string; fn: string }[],
      separators: [] as number[],
      added: false,
    };
    this.menus.push(menu);
    const api = {
      addItem(caption: string, fn: string) {
        menu.items.push({ caption, fn });
        return p;
      },
      addSeparator() {
        menu.separators.push(menu.items.length);
        return p;
      },
      addToUi() {
        menu.added = true;
      },
    };
    const p = expose(this.calls, 'Menu', api);
    return as<GoogleAppsScript.Base.Menu>(p);
  }
  showSidebar(out: GoogleAppsScript.HTML.HtmlOutput) {
    const o = out as unknown as { getContent(): string; getTitle(): string };
    this.sidebars.push({ title: o.getTitle(), html: o.getContent() });
  }
}

/** The documented limits of the Properties service, in bytes (9 KB a value, 500 KB a store). */
export const PROPERTY_VALUE_BYTES = 9 * 1024;
export const PROPERTY_STORE_BYTES = 500 * 1024;
/** UTF-8 size, by Node's own encoder (an independent oracle for the add-on's own count). */
export const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class FakeProperties
  implements
    Pick<
      GoogleAppsScript.Properties.Properties,
      'getProperty' | 'setProperty' | 'setProperties' | 'deleteProperty' | 'getProperties'
    >
{
  readonly store = new Map<string, string>();
  getProperty(k: string) {
    return this.store.get(k) ?? null;
  }
  /**
   * Apps Script quotas (developers.google.com/apps-script/guides/services/quotas, "Current limitations"):
   * "Properties value size | 9 KB / val" and "Properties total storage | 500 KB / property store". Both
   * are sizes, so they are counted in UTF-8 bytes (a kanji is three), keys and values together for the
   * store; the Properties service stores strings ("Data types that are not already strings are
   * automatically converted to strings", Properties guide).
   */
  setProperty(k: string, v: string): GoogleAppsScript.Properties.Properties {
    const value = String(v);
    if (utf8Bytes(value) > PROPERTY_VALUE_BYTES) throw new Error('Exception: Argument too large: value');
    let total = utf8Bytes(k) + utf8Bytes(value);
    for (const [key, val] of this.store) if (key !== k) total += utf8Bytes(key) + utf8Bytes(val);
    if (total > PROPERTY_STORE_BYTES)
      throw new Error(
        'Exception: You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    this.store.set(k, value);
    return as<GoogleAppsScript.Properties.Properties>(this);
  }
  /**
   * setProperties(properties): "Sets all key-value pairs from the given object in the current Properties
   * store" (Properties reference) — one call for several values, each under the same limits.
   */
  setProperties(all: Record<string, string>): GoogleAppsScript.Properties.Properties {
    const before = new Map(this.store);
    try {
      for (const [k, v] of Object.entries(all)) this.setProperty(k, v);
    } catch (e) {
      this.store.clear();
      for (const [k, v] of before) this.store.set(k, v);
      throw e;
    }
    return as<GoogleAppsScript.Properties.Properties>(this);
  }
  deleteProperty(k: string): GoogleAppsScript.Properties.Properties {
    this.store.delete(k);
    return as<GoogleAppsScript.Properties.Properties>(this);
  }
  getProperties() {
    return Object.fromEntries(this.store);
  }
}

/** A document lock shared by every "execution" on the document: `heldElsewhere` stands for another person's run. */
export class FakeLock
  implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock' | 'hasLock' | 'waitLock'>
{
  heldElsewhere = false;
  private held = false;
  tryLock(_ms: number) {
    if (this.heldElsewhere || this.held) return false;
    this.held = true;
    return true;
  }
  waitLock(ms: number) {
    if (!this.tryLock(ms))
      throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock() {
    this.held = false;
  }
  hasLock() {
    return this.held;
  }
}

export class FakeHtmlOutput {
  private title = '';
  constructor(private content: string) {}
  setTitle(t: string) {
    this.title = t;
    return this;
  }
  getTitle() {
    return this.title;
  }
  getContent() {
    return this.content;
  }
  setWidth(_w: number) {
    return this;
  }
}

/** ContentService.createTextOutput's result: the text and its MIME type, as the web app would answer. */
export class FakeTextOutput {
  private mime = 'TEXT';
  constructor(private content: string) {}
  setMimeType(m: string) {
    if (!(Object.values(MIME_TYPES) as string[]).includes(m))
      throw new Error(`Exception: Invalid argument: mimeType`);
    this.mime = m;
    return this;
  }
  getMimeType() {
    return this.mime;
  }
  getContent() {
    return this.content;
  }
}
const MIME_TYPES = { JSON: 'JSON', TEXT: 'TEXT', CSV: 'CSV', JAVASCRIPT: 'JAVASCRIPT' } as const;

/**
 * Where the script runs. `container`: from the spreadsheet (menus, sidebars). `webapp`: doGet, outside any
 * container: no active spreadsheet, no Ui, no document properties (a standalone or add-on project).
 */
export type RunContext = 'container' | 'webapp';

export interface Fakes {
  calls: Calls;
  scriptProperties: FakeProperties;
  /** The deployment's /exec URL (null: not deployed as a web app). */
  service: { url: string | null };
  context: { current: RunContext };
  ss: FakeSpreadsheet;
  ui: FakeUi;
  documentProperties: FakeProperties;
  lock: FakeLock;
  /** My Drive and its Google Docs (DocumentApp, DriveApp). */
  drive: FakeDrive;
  /** Installed triggers (ScriptApp). */
  script: FakeScript;
  /** The globals to put in the script's context. */
  globals: Record<string, unknown>;
}

/** All services the add-on uses, around one spreadsheet. DateCtor: the Date of the realm the script runs in. */
export function makeFakes(opts: { title?: string; timeZone?: string; DateCtor: DateConstructor }): Fakes {
  const calls = new Calls();
  const ss = new FakeSpreadsheet(calls, opts.title ?? '台帳', opts.timeZone ?? 'Asia/Tokyo', opts.DateCtor);
  const ui = new FakeUi(calls);
  const documentProperties = new FakeProperties();
  const lock = new FakeLock();
  const scriptProperties = new FakeProperties();
  const service = { url: null as string | null };
  const context = { current: 'container' as RunContext };
  const inContainer = () => context.current === 'container';
  const SpreadsheetApp = {
    getActiveSpreadsheet: () => (inContainer() ? ss.exposed() : null),
    getActive: () => (inContainer() ? ss.exposed() : null),
    /** Any spreadsheet by id: only this one exists (and the caller can open it). */
    openById: (id: string) => {
      if (id !== ss.getId())
        throw new Error(
          'Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.',
        );
      return ss.exposed();
    },
    getUi: () => {
      if (!inContainer()) throw new Error('Exception: Cannot call SpreadsheetApp.getUi() from this context.');
      return expose(calls, 'Ui', ui);
    },
    newConditionalFormatRule: () => expose(calls, 'ConditionalFormatRuleBuilder', new FakeRuleBuilder(calls)),
  } satisfies Partial<Record<keyof GoogleAppsScript.Spreadsheet.SpreadsheetApp, unknown>>;
  const PropertiesService = {
    getDocumentProperties: () => (inContainer() ? expose(calls, 'Properties', documentProperties) : null),
    getScriptProperties: () => expose(calls, 'Properties', scriptProperties),
  } satisfies Partial<Record<keyof GoogleAppsScript.Properties.PropertiesService, unknown>>;
  const LockService = {
    getDocumentLock: () => expose(calls, 'Lock', lock),
  } satisfies Partial<Record<keyof GoogleAppsScript.Lock.LockService, unknown>>;
  const HtmlService = {
    createHtmlOutput: (html: string) => expose(calls, 'HtmlOutput', new FakeHtmlOutput(html)),
  } satisfies Partial<Record<keyof GoogleAppsScript.HTML.HtmlService, unknown>>;
  const Session = {
    getScriptTimeZone: () => 'Asia/Tokyo',
    getActiveUserLocale: () => 'ja',
  } satisfies Partial<Record<keyof GoogleAppsScript.Base.Session, unknown>>;
  const Utilities = {
    /** Only the yyyy-MM-dd pattern, which is what a date cell needs. */
    formatDate: (d: Date, tz: string, fmt: string) => {
      if (fmt !== 'yyyy-MM-dd') throw new Error(`fake Utilities.formatDate: pattern ${fmt} not implemented`);
      return new Intl.DateTimeFormat('en-CA', {
        timeZone: tz,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(d);
    },
    /** A random version-4 UUID, as Apps Script's. */
    getUuid: () => randomUUID(),
    newBlob: (data: number[], contentType: string, name: string) => new FakeBlob(data, contentType, name),
  } satisfies Partial<Record<keyof GoogleAppsScript.Utilities.Utilities, unknown>>;
  const ContentService = {
    MimeType: MIME_TYPES,
    createTextOutput: (text?: string) => expose(calls, 'TextOutput', new FakeTextOutput(String(text ?? ''))),
  } satisfies Partial<Record<keyof GoogleAppsScript.Content.ContentService, unknown>>;
  const ScriptApp = {
    getService: () =>
      expose(calls, 'Service', {
        getUrl: () => service.url,
        isEnabled: () => service.url !== null,
      }),
  } satisfies Partial<Record<keyof GoogleAppsScript.Script.ScriptApp, unknown>>;
  const svc = (name: string, o: object) => expose(calls, name, o);
  const drive = new FakeDrive(calls);
  const script = new FakeScript(calls);
  return {
    calls,
    ss,
    ui,
    documentProperties,
    scriptProperties,
    service,
    context,
    lock,
    drive,
    script,
    globals: {
      ContentService: svc('ContentService', ContentService),
      DocumentApp: svc('DocumentApp', drive.DocumentApp()),
      DriveApp: svc('DriveApp', drive.DriveApp()),
      // the Docs advanced service: its calls are counted as Docs.create / Docs.get / Docs.batchUpdate
      Docs: { Documents: svc('Docs', drive.Docs()) },
      // the Drive advanced service (v3): files.create, counted as Drive.Files.create
      Drive: { Files: svc('Drive.Files', drive.DriveFiles()) },
      // one ScriptApp: the web app's service URL and the reports' time-driven triggers
      ScriptApp: svc('ScriptApp', { ...script.ScriptApp(), ...ScriptApp }),
      SpreadsheetApp: svc('SpreadsheetApp', SpreadsheetApp),
      PropertiesService: svc('PropertiesService', PropertiesService),
      LockService: svc('LockService', LockService),
      HtmlService: svc('HtmlService', HtmlService),
      Session: svc('Session', Session),
      Utilities: svc('Utilities', Utilities),
    },
  };
}
