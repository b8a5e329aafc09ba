import { isValidTimeZone } from './zones';

describe('isValidTimeZone', () => {
  it('accepts IANA names, including half-hour zones, links and names without an area', () => {
    for (const zone of [
      'Europe/Berlin',
      'Asia/Kolkata',
      'Asia/Calcutta',
      'America/Argentina/Buenos_Aires',
      'US/Pacific',
      'Etc/GMT+5',
      'UTC',
      'GMT',
      'EST',
      'PST8PDT',
      'Japan',
    ]) {
      expect({ zone, valid: isValidTimeZone(zone) }).toEqual({ zone, valid: true });
    }
  });
  it('rejects made-up or empty names, offsets, and ids the runtime knows that IANA does not', () => {
    for (const zone of ['Mars/Olympus', '', '+05:00', 'GMT+5', 'PST', 'IST', 'SystemV/EST5', 'Etc/Unknown']) {
      expect({ zone, valid: isValidTimeZone(zone) }).toEqual({ zone, valid: false });
    }
  });
});
