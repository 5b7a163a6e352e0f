/** What the HTTP layer needs from the services, described by the few members it uses. */
export interface ReadinessCheck {
  readonly ok: boolean;
  readonly detail?: string;
}

export interface ServerDeps {
  readiness(): Promise<Record<string, ReadinessCheck>>;
}
