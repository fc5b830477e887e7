// Stretch-guide data the user owns: favourites, their own routines and the chime preference.
// Held in memory, written through one small versioned document.
import { z } from 'zod';
import { GuideStateSchema, type GuideState } from '../../shared/ipc/contracts/guide.ts';
import { DomainError } from '../../shared/ipc/result.ts';
import { findExercise } from '../../shared/stretches/library.ts';
import { userRoutineLimits } from '../../shared/stretches/schema.ts';
import type { DocumentSpec, VersionedDocument } from '../storage/versionedDocument.ts';

export const guideDocumentSpec: DocumentSpec<GuideState> = {
  version: 1,
  parse(data) {
    const r = GuideStateSchema.extend({ favourites: z.array(z.string().max(60)).max(200) }).safeParse(data);
    return r.success ? { ok: true, value: r.data } : { ok: false, message: r.error.issues[0]?.message ?? 'invalid' };
  },
  defaults: () => ({ favourites: [], userRoutines: [], sound: false }),
};

type UserRoutine = GuideState['userRoutines'][number];
type RoutineItem = UserRoutine['items'][number];

export class GuideService {
  readonly #doc: VersionedDocument<GuideState>;
  readonly #onChange: (state: GuideState) => void;
  readonly #newId: () => string;

  constructor(doc: VersionedDocument<GuideState>, onChange: (state: GuideState) => void, newId: () => string) {
    this.#doc = doc;
    this.#onChange = onChange;
    this.#newId = newId;
  }

  get(): GuideState {
    return this.#doc.value;
  }

  setFavourite(exerciseId: string, favourite: boolean): GuideState {
    requireExercise(exerciseId, 'exerciseId');
    const rest = this.get().favourites.filter((id) => id !== exerciseId);
    return this.#write({ ...this.get(), favourites: favourite ? [...rest, exerciseId] : rest });
  }

  saveRoutine(input: { id?: string | undefined; name: string; items: RoutineItem[] }): GuideState {
    input.items.forEach((item, i) => requireExercise(item.exerciseId, `items.${i}.exerciseId`));
    const routines = this.get().userRoutines;
    const name = input.name.trim();
    if (input.id === undefined) {
      if (routines.length >= userRoutineLimits.maxRoutines) {
        throw new DomainError('CONFLICT', `You can keep up to ${userRoutineLimits.maxRoutines} routines; delete one first.`);
      }
      const routine: UserRoutine = { id: `user-${this.#newId()}`, name, items: input.items };
      return this.#write({ ...this.get(), userRoutines: [...routines, routine] });
    }
    if (!routines.some((r) => r.id === input.id)) throw new DomainError('NOT_FOUND', 'That routine no longer exists.');
    return this.#write({
      ...this.get(),
      userRoutines: routines.map((r) => (r.id === input.id ? { id: r.id, name, items: input.items } : r)),
    });
  }

  deleteRoutine(id: string): GuideState {
    const routines = this.get().userRoutines;
    if (!routines.some((r) => r.id === id)) throw new DomainError('NOT_FOUND', 'That routine no longer exists.');
    return this.#write({ ...this.get(), userRoutines: routines.filter((r) => r.id !== id) });
  }

  setSound(on: boolean): GuideState {
    return this.#write({ ...this.get(), sound: on });
  }

  #write(next: GuideState): GuideState {
    this.#doc.replace(next);
    this.#onChange(next);
    return next;
  }
}

function requireExercise(id: string, path: string): void {
  if (!findExercise(id)) throw new DomainError('INVALID_INPUT', `There is no exercise called “${id}”.`, [{ path, message: 'Unknown exercise' }]);
}
