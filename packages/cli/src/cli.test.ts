import { describe } from 'vitest';
import { runTable } from '../test/cli-table.js';

describe('command line usage', () => runTable('usage.json'));
describe('unreadable or invalid input exits 2 with a one-line reason', () => runTable('input-errors.json'));
