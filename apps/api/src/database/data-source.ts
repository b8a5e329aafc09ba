import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './options';

// For the TypeORM CLI: `typeorm -d dist/database/data-source.js migration:generate …`.
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must be set to use the TypeORM CLI');

export default new DataSource(dataSourceOptions(url));
