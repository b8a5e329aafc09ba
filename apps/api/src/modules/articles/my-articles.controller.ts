import {
  type TArticlePreview,
  type TCreateArticle,
  type TMyArticle,
  type TMyArticleSummary,
  type TPreviewArticle,
  type TUpdateArticle,
  ZCreateArticleSchema,
  ZPreviewArticleSchema,
  ZUpdateArticleSchema,
} from '@ladder/domain';
import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Roles } from '../../common/auth/decorators';
import { ApiZodBody, ZodBody } from '../../common/decorators/zod.decorators';
import { AppError } from '../../common/errors/app-error';
import { MyArticlesService } from './my-articles.service';

/** A malformed id names no article: 404, as for any unknown one. */
const articleId = new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound('Article') });

/**
 * The signed-in mentor's own articles, in any status. Approved mentors only (403 otherwise);
 * another author's article answers 404. Writes: 120 an hour per author.
 */
@ApiTags('articles')
@ApiBearerAuth()
@Roles('mentor')
@Controller('mentors/me/articles')
export class MyArticlesController {
  constructor(private readonly articles: MyArticlesService) {}

  @Get()
  @ApiOperation({ summary: 'My articles, drafts and published, most recently edited first (at most 500)' })
  list(@CurrentUser() user: AuthUser): Promise<{ items: TMyArticleSummary[] }> {
    return this.articles.list(user);
  }

  @Post()
  @ApiOperation({
    summary:
      'Write a draft. The slug comes from the title (collision-safe) and follows title edits until the ' +
      'first publish, then never changes. Without an excerpt, one is taken from the body.',
  })
  @ApiZodBody(ZCreateArticleSchema)
  create(
    @CurrentUser() user: AuthUser,
    @ZodBody(ZCreateArticleSchema) body: TCreateArticle,
  ): Promise<TMyArticle> {
    return this.articles.create(user, body);
  }

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Render Markdown exactly as the article page will (sanitised HTML), with excerpt and reading time',
  })
  @ApiZodBody(ZPreviewArticleSchema)
  preview(
    @CurrentUser() user: AuthUser,
    @ZodBody(ZPreviewArticleSchema) body: TPreviewArticle,
  ): Promise<TArticlePreview> {
    return this.articles.preview(user, body.body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One of my articles with its Markdown body and sanitised HTML' })
  get(@CurrentUser() user: AuthUser, @Param('id', articleId) id: string): Promise<TMyArticle> {
    return this.articles.get(user, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Edit any subset; `excerpt: null` goes back to the derived excerpt. Moderation hiding is kept.',
  })
  @ApiZodBody(ZUpdateArticleSchema)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', articleId) id: string,
    @ZodBody(ZUpdateArticleSchema) body: TUpdateArticle,
  ): Promise<TMyArticle> {
    return this.articles.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete one of my articles' })
  async remove(@CurrentUser() user: AuthUser, @Param('id', articleId) id: string): Promise<void> {
    await this.articles.remove(user, id);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish (idempotent); `publishedAt` is set on the first publish only' })
  publish(@CurrentUser() user: AuthUser, @Param('id', articleId) id: string): Promise<TMyArticle> {
    return this.articles.publish(user, id);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Back to draft: gone from the public answers; slug and publishedAt kept' })
  unpublish(@CurrentUser() user: AuthUser, @Param('id', articleId) id: string): Promise<TMyArticle> {
    return this.articles.unpublish(user, id);
  }
}
