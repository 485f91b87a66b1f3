import { ConfigurationError, loadConfiguration } from './configuration';

describe('loadConfiguration', () => {
  it('uses the defaults for an empty environment', () => {
    const config = loadConfiguration({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.KOMPLAN_DEMO).toBe(false);
  });

  it('reads PORT, DATABASE_URL and the demo flag', () => {
    const config = loadConfiguration({ PORT: '4100', DATABASE_URL: 'postgres://u@h/db', KOMPLAN_DEMO: 'true' });
    expect(config.PORT).toBe(4100);
    expect(config.DATABASE_URL).toBe('postgres://u@h/db');
    expect(config.KOMPLAN_DEMO).toBe(true);
  });

  it('fails fast naming every bad variable', () => {
    expect(() => loadConfiguration({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(ConfigurationError);
    try {
      loadConfiguration({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect((error as Error).message).toContain('PORT');
      expect((error as Error).message).toContain('DATABASE_URL');
    }
  });
});
