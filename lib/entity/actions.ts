"use server";
import { authAction } from "../action";
import { db } from "../db";
import { findEntities } from "./data";
import { createEntity } from "./registry";
import { createEntitySchema, findEntitiesSchema } from "./schema";

// A read, but asked from the browser as the editor types: the same gate parses and authorises it.
export const findEntitiesAction = authAction({ schema: findEntitiesSchema }, (input) =>
  findEntities(input.q, input.kinds),
);

/** Adds a name to the registry, or answers with the entities that already have it. */
export const createEntityAction = authAction({ schema: createEntitySchema }, (input, user) =>
  db().$transaction((tx) => createEntity(tx, user.id, input)),
);
