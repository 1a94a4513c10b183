/** The paper desk in Chromium on SQLite (the suite: paper-desk.suite.ts). */
import { paperDeskSuite } from './paper-desk.suite';

paperDeskSuite('sqlite');
