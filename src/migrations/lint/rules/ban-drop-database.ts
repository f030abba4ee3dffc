import { eachStatement, type Rule } from '../rule.js';

export const banDropDatabase: Rule = {
  id: 'ban-drop-database',
  severity: 'error',
  doc: 'Never drop a database from a migration.',
  why: 'DROP DATABASE deletes every table and row of the database; it cannot be rolled back.',
  fixHint: 'Remove the statement; drop databases by hand after a backup.',
  check(file) {
    return eachStatement(file, 'DropdbStmt', (drop, s) => ({
      statement: s,
      message: `DROP DATABASE \`${drop.dbname}\` deletes the whole database.`,
      subject: drop.dbname,
      fix: { description: 'Remove the statement from the migration.' },
    }));
  },
};
