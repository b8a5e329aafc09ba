import { Module } from '@nestjs/common';
import { ArticlesController } from './articles.controller';
import { ArticlesService } from './articles.service';
import { MyArticlesController } from './my-articles.controller';
import { MyArticlesService } from './my-articles.service';

/** Public articles, and a mentor's own (writing, publishing). */
@Module({
  controllers: [ArticlesController, MyArticlesController],
  providers: [ArticlesService, MyArticlesService],
})
export class ArticlesModule {}
