import { type TArticle, type TListArticlesQuery, type TPage, ZListArticlesQuerySchema } from '@ladder/domain';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/decorators';
import { ApiZodQuery, ZodQuery } from '../../common/decorators/zod.decorators';
import { ArticlesService } from './articles.service';

@ApiTags('articles')
@Public()
@Controller('articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Get()
  @ApiOperation({ summary: 'Published articles, newest first' })
  @ApiZodQuery(ZListArticlesQuerySchema)
  list(@ZodQuery(ZListArticlesQuerySchema) query: TListArticlesQuery): Promise<TPage<TArticle>> {
    return this.articles.list(query);
  }

  @Get(':slug')
  @ApiOperation({ summary: 'One published article with its body' })
  get(@Param('slug') slug: string): Promise<TArticle> {
    return this.articles.getBySlug(slug);
  }
}
