// Messages main owes the user (a store reset after a corrupt file, for example).
// Kept until dismissed for this run; shown by the renderer as a banner.
import type { Notice } from '../../shared/ipc/contract.ts';

export class NoticeService {
  #notices: Notice[] = [];
  readonly #onChange: (notices: Notice[]) => void;

  constructor(onChange: (notices: Notice[]) => void = () => {}) {
    this.#onChange = onChange;
  }

  list(): Notice[] {
    return [...this.#notices];
  }

  add(notice: Notice): void {
    this.#notices = [...this.#notices.filter((n) => n.id !== notice.id), notice];
    this.#onChange(this.list());
  }

  dismiss(id: string): Notice[] {
    this.#notices = this.#notices.filter((n) => n.id !== id);
    this.#onChange(this.list());
    return this.list();
  }
}
