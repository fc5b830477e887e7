import { useEffect, useState } from 'react';
import type { Notice } from '../../../shared/ipc/contract.ts';

/** Banners for things main must tell the user, such as a damaged file that was set aside. */
export function Notices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => {
    const off = window.limber.app.onNotices(setNotices);
    void window.limber.app.notices().then((r) => r.ok && setNotices(r.value));
    return off;
  }, []);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.level}`} role="status">
          <div>
            <strong>{n.title}</strong>
            <p>{n.message}</p>
          </div>
          <button
            type="button"
            className="button-quiet"
            onClick={() => void window.limber.app.dismissNotice(n.id).then((r) => r.ok && setNotices(r.value))}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
