/**
 * Base of every simulated Office.js proxy: lazy resolution of its object path at sync time,
 * strict load-before-read (PropertyNotLoaded), `isNullObject` for *OrNullObject proxies,
 * and queued property writes and method calls.
 */
import type { SimRequestContext } from "./context";
import { invalidArgument, itemNotFound, notLoaded } from "./errors";
import { clonePlain, OPERATION_OVERHEAD_BYTES, plainBytes } from "./payload";
import type { WorkbookState } from "./state";

/** A value produced by a load, handed to its proxy only when the whole sync succeeds. */
export interface LoadResult {
  bytes: number;
  deliver(): void;
}

/** A queued action of a request. */
export interface Operation {
  location: string;
  statement: string;
  bytes: number;
  mutates: boolean;
  run(st: WorkbookState, out: LoadResult[]): void;
}

export type LoadSpec = string | string[] | { select?: string; expand?: string };

export function parseLoadSpec(spec?: LoadSpec): string[] {
  if (spec === undefined || spec === null) return [];
  const raw =
    typeof spec === "string" ? spec : Array.isArray(spec) ? spec.join(",") : [spec.select, spec.expand].filter((s) => !!s).join(",");
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export abstract class SimObject<T> {
  private readonly _loadedProps = new Map<string, unknown>();
  private _resolution: { target: T | null } | undefined;
  private readonly _kids = new Map<string, unknown>();

  constructor(
    readonly context: SimRequestContext,
    readonly _type: string,
    private readonly _resolver: (st: WorkbookState) => T | null,
    private readonly _nullable = false,
  ) {
    if (_nullable)
      context._enqueue({
        location: _type,
        statement: `${_type} (OrNullObject)`,
        bytes: OPERATION_OVERHEAD_BYTES,
        mutates: false,
        run: (st) => void this._resolve(st),
      });
  }

  /** Scalar properties (what `load()` without arguments loads). */
  protected abstract _scalarNames(): readonly string[];
  /** Reads one scalar property from the resolved target. */
  protected abstract _read(target: T, prop: string, st: WorkbookState): unknown;
  /** Navigation properties that load paths may go through ("format/font/bold"). */
  protected _navigationNames(): readonly string[] {
    return [];
  }
  /** True when `_read(prop)` builds a new value each time (a cell grid): delivered without a defensive copy. */
  protected _fresh(_prop: string): boolean {
    return false;
  }
  /** A lower bound of the response bytes of `prop`, known before reading it (0 = none); see `_collect`. */
  protected _minBytes(_target: T, _prop: string, _st?: WorkbookState): number {
    return 0;
  }
  /** False once the target is gone (deleted sheet …). */
  protected _alive(_target: T): boolean {
    return true;
  }

  _resolve(st: WorkbookState): T | null {
    if (!this._resolution) this._resolution = { target: this._resolver(st) };
    const t = this._resolution.target;
    if (t !== null && !this._alive(t)) throw itemNotFound(`The ${this._type} no longer exists.`, this._type);
    return t;
  }

  _target(st: WorkbookState): T {
    const t = this._resolve(st);
    if (t === null) throw itemNotFound(`The requested ${this._type} doesn't exist (it is a null object).`, this._type);
    return t;
  }

  _preset(target: T): this {
    this._resolution = { target };
    return this;
  }

  get isNullObject(): boolean {
    if (!this._nullable) return false;
    if (!this._resolution) throw notLoaded("isNullObject", this._type);
    return this._resolution.target === null;
  }

  protected _get<V>(prop: string): V {
    if (!this._loadedProps.has(prop)) throw notLoaded(prop, this._type);
    return this._loadedProps.get(prop) as V;
  }

  _deliver(prop: string, value: unknown): void {
    this._loadedProps.set(prop, value);
  }

  /** The same child proxy on every access, so loads through it reach what the caller holds. */
  protected _kid<C>(name: string, make: () => C): C {
    let kid = this._kids.get(name) as C | undefined;
    if (kid === undefined) {
      kid = make();
      this._kids.set(name, kid);
    }
    return kid;
  }

  load(spec?: LoadSpec): this {
    const paths = parseLoadSpec(spec);
    this.context._enqueue({
      location: `${this._type}.load`,
      statement: `${this._type}.load("${paths.join(",")}")`,
      bytes: OPERATION_OVERHEAD_BYTES + paths.join(",").length,
      mutates: false,
      run: (st, out) => this._collect(st, paths, out),
    });
    return this;
  }

  /** Collects the values a load of `paths` returns (all scalars when empty). */
  _collect(st: WorkbookState, paths: string[], out: LoadResult[]): void {
    const target = this._resolve(st);
    if (target === null) return;
    const scalars = this._scalarNames();
    for (const path of paths.length ? paths : scalars) {
      const [head, ...rest] = path.split("/");
      if (rest.length === 0 && scalars.includes(head)) {
        // A value that cannot fit in the response is not built: the sync fails with ResponsePayloadSizeLimitExceeded.
        const min = this._minBytes(target, head, st);
        if (min > 0 && !this.context._responseFits(out, min + head.length + 4)) continue;
        const raw = this._read(target, head, st);
        const value = this._fresh(head) ? raw : clonePlain(raw);
        out.push({ bytes: plainBytes(value) + head.length + 4, deliver: () => this._deliver(head, value) });
      } else if (this._navigationNames().includes(head)) {
        const child = (this as unknown as Record<string, SimObject<unknown>>)[head];
        child._collect(st, rest.length ? [rest.join("/")] : [], out);
      } else throw invalidArgument(`The property '${head}' does not exist on ${this._type}.`, `${this._type}.load`);
    }
  }

  /** Queues a property write or method call; `apply` runs at sync against the resolved target. */
  protected _queue(member: string, payload: unknown, apply: (target: T, st: WorkbookState) => void, mutates = true): void {
    const location = `${this._type}.${member}`;
    this.context._enqueue({
      location,
      statement: location,
      bytes: OPERATION_OVERHEAD_BYTES + plainBytes(payload),
      mutates,
      run: (st) => apply(this._target(st), st),
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loadedProps);
  }
}

/** A collection proxy: `items` after load("items/…"), and the `load("name")` shorthand for items. */
export abstract class SimCollection<T, M, I extends SimObject<M>> extends SimObject<T> {
  protected abstract _members(target: T, st: WorkbookState): M[];
  protected abstract _itemProxy(member: M): I;
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(_target: T, _prop: string): unknown {
    return undefined;
  }

  get items(): I[] {
    return this._get<I[]>("items");
  }

  override _collect(st: WorkbookState, paths: string[], out: LoadResult[]): void {
    const target = this._resolve(st);
    if (target === null) return;
    const own = this._scalarNames();
    const itemPaths: string[] = [];
    let all = paths.length === 0;
    for (const p of paths) {
      if (own.includes(p)) super._collect(st, [p], out);
      else if (p === "items") all = true;
      else itemPaths.push(p.startsWith("items/") ? p.slice(6) : p);
    }
    const proxies = this._members(target, st).map((m) => this._itemProxy(m)._preset(m));
    for (const proxy of proxies) {
      if (all) proxy._collect(st, [], out);
      if (itemPaths.length) proxy._collect(st, itemPaths, out);
    }
    out.push({ bytes: 2, deliver: () => this._deliver("items", proxies) });
  }
}
