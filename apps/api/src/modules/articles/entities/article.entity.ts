import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../../users/entities/user.entity';

export type TArticleStatus = 'draft' | 'published';

@Entity({ name: 'articles' })
@Check('CHK_articles_status', "status IN ('draft','published')")
@Check('CHK_articles_published_at', "status <> 'published' OR published_at IS NOT NULL")
@Check(
  'CHK_articles_lengths',
  'char_length(title) BETWEEN 1 AND 160 AND char_length(excerpt) <= 300 AND char_length(body) <= 100000 AND cardinality(tags) <= 5',
)
@Index('IDX_articles_published', ['publishedAt'], { where: "status = 'published' AND hidden_at IS NULL" })
@Index('IDX_articles_author', ['authorId', 'updatedAt'])
export class Article {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<User>;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  excerpt: string;

  /** The excerpt was taken from the body (the author gave none): it follows body edits. */
  @Column({ name: 'excerpt_derived', type: 'boolean', default: false })
  excerptDerived: boolean;

  /** Markdown, sanitised when rendered. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'text', default: 'draft' })
  status: TArticleStatus;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'reading_minutes', type: 'integer', default: 1 })
  readingMinutes: number;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
