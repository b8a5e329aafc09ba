import { Module } from '@nestjs/common';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { ArticleNewsletterService } from './article-newsletter.service';
import { NewsletterController } from './newsletter.controller';
import { NewsletterService } from './newsletter.service';

@Module({
  imports: [RateLimitModule],
  controllers: [NewsletterController],
  providers: [NewsletterService, ArticleNewsletterService],
  exports: [NewsletterService],
})
export class NewsletterModule {}
