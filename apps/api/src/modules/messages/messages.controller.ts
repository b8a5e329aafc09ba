import {
  type TConversation,
  type TListMessagesQuery,
  type TMessage,
  type TPage,
  type TSendMessage,
  type TStartConversation,
  ZListMessagesQuerySchema,
  ZSendMessageSchema,
  ZStartConversationSchema,
} from '@ladder/domain';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { ApiZodBody, ApiZodQuery, ZodBody, ZodQuery } from '../../common/decorators/zod.decorators';
import { AppError } from '../../common/errors/app-error';
import { MessagesService } from './messages.service';

const conversationId = new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound('Conversation') });

@ApiTags('messages')
@ApiBearerAuth()
@Controller('conversations')
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Write to a mentor: starts your conversation with them, or adds to it',
    description:
      'The mentor must be public (else 404); writing to yourself is 422 `cannot_message_self`. Plain text, 1–4000 characters. At most 10 new conversations a day and 60 messages an hour per user.',
  })
  @ApiZodBody(ZStartConversationSchema)
  start(
    @CurrentUser() user: AuthUser,
    @ZodBody(ZStartConversationSchema) body: TStartConversation,
  ): Promise<{ conversation: TConversation; message: TMessage }> {
    return this.messages.start(user, body);
  }

  @Get()
  @ApiOperation({ summary: 'Your conversations (as mentee and as mentor), most recent first, at most 100' })
  list(@CurrentUser() user: AuthUser): Promise<{ items: TConversation[] }> {
    return this.messages.list(user);
  }

  @Get('unread')
  @ApiOperation({ summary: 'How many messages wait unread across your conversations' })
  unread(@CurrentUser() user: AuthUser): Promise<{ unread: number }> {
    return this.messages.unreadTotal(user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One conversation; anyone but its two people gets 404' })
  get(@CurrentUser() user: AuthUser, @Param('id', conversationId) id: string): Promise<TConversation> {
    return this.messages.get(user, id);
  }

  @Get(':id/messages')
  @ApiOperation({
    summary: 'Messages, newest first (keyset cursor); a message hidden by moderation has `body: null`',
  })
  @ApiZodQuery(ZListMessagesQuerySchema)
  listMessages(
    @CurrentUser() user: AuthUser,
    @Param('id', conversationId) id: string,
    @ZodQuery(ZListMessagesQuerySchema) query: TListMessagesQuery,
  ): Promise<TPage<TMessage>> {
    return this.messages.messages(user, id, query);
  }

  @Post(':id/messages')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Reply in a conversation; 409 `conversation_closed` once the mentor is no longer public',
  })
  @ApiZodBody(ZSendMessageSchema)
  send(
    @CurrentUser() user: AuthUser,
    @Param('id', conversationId) id: string,
    @ZodBody(ZSendMessageSchema) body: TSendMessage,
  ): Promise<TMessage> {
    return this.messages.send(user, id, body);
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Marks everything in the conversation so far as read by you' })
  markRead(@CurrentUser() user: AuthUser, @Param('id', conversationId) id: string): Promise<void> {
    return this.messages.markRead(user, id);
  }
}
