"use server";
import { authAction } from "../action";
import { db } from "../db";
import { createEntity } from "./create-mutations";
import { findEntities } from "./data";
import { updateEntity } from "./edit-mutations";
import { mergeEntities } from "./merge-mutations";
import {
  createEntitySchema,
  findEntitiesSchema,
  mergeEntitySchema,
  updateEntitySchema,
} from "./schema";

// A read, but asked from the browser as the editor types: the same gate parses and authorises it.
export const findEntitiesAction = authAction({ schema: findEntitiesSchema }, (input) =>
  findEntities(input.q, input.kinds),
);

/** Adds a name to the registry, or answers with the entities that already have it. */
export const createEntityAction = authAction({ schema: createEntitySchema }, (input, user) =>
  db().$transaction((tx) => createEntity(tx, user.id, input)),
);

/** Saves an edit of a registry entry, or answers with the entries that already have a new name. */
export const updateEntityAction = authAction({ schema: updateEntitySchema }, (input, user) =>
  updateEntity(user.id, input),
);

/** Merges one entry into another: everything that names the loser moves to the survivor. */
export const mergeEntityAction = authAction({ schema: mergeEntitySchema }, (input, user) =>
  mergeEntities(user.id, input),
);
