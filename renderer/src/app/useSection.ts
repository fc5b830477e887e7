import { useEffect, useState } from 'react';
import { sections, type Section } from '../../../shared/sections.ts';

const fromHash = (): Section => {
  const name = window.location.hash.replace(/^#\/?/, '');
  return (sections as readonly string[]).includes(name) ? (name as Section) : 'breaks';
};

/** The current section lives in the URL hash, so reloads keep the place and main can deep-link. */
export function useSection(): [Section, (section: Section) => void] {
  const [section, setSection] = useState<Section>(fromHash);
  useEffect(() => {
    const onHash = () => setSection(fromHash());
    window.addEventListener('hashchange', onHash);
    const off = window.limber.app.onNavigate((next) => {
      window.location.hash = `#/${next}`;
    });
    return () => {
      window.removeEventListener('hashchange', onHash);
      off();
    };
  }, []);
  const go = (next: Section) => {
    window.location.hash = `#/${next}`;
  };
  return [section, go];
}
