import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AvailabilityModule } from '../availability/availability.module';
import { AdminMentorsController } from './admin-mentors.controller';
import { MentorProfile } from './entities/mentor-profile.entity';
import { Offering } from './entities/offering.entity';
import { MentorSearchService } from './mentor-search.service';
import { MentorsController } from './mentors.controller';
import { MentorsService } from './mentors.service';
import { MyMentorProfileController } from './my-mentor-profile.controller';
import { OfferingsService } from './offerings.service';

@Module({
  imports: [TypeOrmModule.forFeature([MentorProfile, Offering]), AvailabilityModule],
  // The "me" routes first: /mentors/me must never be read as a slug.
  controllers: [MyMentorProfileController, MentorsController, AdminMentorsController],
  providers: [MentorsService, OfferingsService, MentorSearchService],
  exports: [MentorsService],
})
export class MentorsModule {}
