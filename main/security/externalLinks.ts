// Links that may leave the app: https only, to the health and standards sites our content cites.
// Everything else is refused, so a compromised page cannot open arbitrary URLs or local files.
export const externalHostAllowList = [
  'www.nhs.uk',
  'www.mayoclinic.org',
  'www.osha.gov',
  'www.cdc.gov',
  'www.hse.gov.uk',
  'www.aao.org',
  'www.sjweh.fi',
  'ehs.stanford.edu',
  'www.ccohs.ca',
] as const;

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return false;
  return (externalHostAllowList as readonly string[]).includes(parsed.hostname);
}
