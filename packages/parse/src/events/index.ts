export { findEvents, type FindEventsOptions } from "./find-events";
export { EVENT_WORDS, type EventWord } from "./event-words";
