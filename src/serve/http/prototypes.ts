// Express 5 gives each request and response its app's methods by changing their prototype
// (Object.setPrototypeOf in app.handle), once per request. V8 pays for that far beyond the call:
// with it, every request's objects (the request, the response, the router's closures, headers)
// survived two scavenges and were promoted to the old generation, to die there at the next full
// collection. A bare Express 5 app at one connection promoted ~7.6 KB a request with scavenge
// pauses of ~5 ms; the same app whose requests were born with its prototypes promoted ~1 byte a
// request, with 0.2 ms pauses, and served 2.4-3x the requests (plain Node + autocannon, load ~6).
//
// So the server makes its requests and responses from classes of its own, and the app takes their
// prototypes as its own (adoptPrototypes): Express's per-request call then finds the prototype
// already in place, which V8 treats as nothing to do. Express's methods reach them as before,
// through the prototype chain (class prototype -> Express's request or response -> Node's).
import http from 'node:http';
import type { Express } from 'express';

/** The classes one server makes its requests and responses from, and the app that took their prototypes. */
export interface MessageClasses {
  readonly IncomingMessage: typeof http.IncomingMessage;
  readonly ServerResponse: typeof http.ServerResponse;
  adoptedBy?: Express;
}

/** Fresh classes for one server: each app adopts its own server's prototypes, never another's. */
export function messageClasses(): MessageClasses {
  class AppRequest extends http.IncomingMessage {}
  class AppResponse<Request extends http.IncomingMessage = http.IncomingMessage> extends http.ServerResponse<Request> {}
  return { IncomingMessage: AppRequest, ServerResponse: AppResponse };
}

/** Puts `proto` where the app's own prototype was: below Express's methods, with that prototype's properties (`app`, and any added since). */
function takeOver(proto: object, appOwn: object): void {
  Object.setPrototypeOf(proto, Object.getPrototypeOf(appOwn));
  Object.defineProperties(proto, Object.getOwnPropertyDescriptors(appOwn));
}

/**
 * Makes the server's request and response prototypes the app's (app.request, app.response), so that
 * Express no longer changes a prototype per request. A server adopted by one app is left alone by any
 * other (that app changes prototypes per request, as Express does by default): false then.
 */
export function adoptPrototypes(classes: MessageClasses, app: Express): boolean {
  if (classes.adoptedBy) return classes.adoptedBy === app;
  const request = classes.IncomingMessage.prototype;
  const response = classes.ServerResponse.prototype;
  takeOver(request, app.request);
  takeOver(response, app.response);
  app.request = request as Express['request'];
  app.response = response as Express['response'];
  classes.adoptedBy = app;
  return true;
}
