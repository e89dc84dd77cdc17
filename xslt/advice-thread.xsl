<?xml version="1.0" encoding="UTF-8"?>
<!--
  An advice request as a conversation (page name "advice-thread"): for
  the requester's municipality at /advies/aanvragen/{id}, for the
  organisers at /beheer/advies/{id}. The document:
    <requests><request id topic contact status created requester
      [organisation email phone updated assignee-id assignee] (organisers)
      >the question</request></requests>
    <messages><message id kind="reply|note|status" by="organiser|requester"
      author created>the text (for status: the new status)</message>...
    </messages>
  and the forms: advice-answer (the requester's answer, field bericht);
  for organisers advice-reply and advice-note (bericht), advice-assign
  (behandelaar: a select of the organisers, option value label
  selected) and advice-state (status). Notes reach only organisers'
  documents: the daemon leaves them out of the requester's.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="benchmark-common.xsl"/>

<xsl:variable name="admin" select="/page/user/@role = 'organiser' or /page/user/@role = 'admin'"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('advice.thread.title', c:topic(requests/request/@topic))"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <xsl:variable name="q" select="requests/request"/>
  <p class="cimolt-back">
    <xsl:choose>
      <xsl:when test="$admin"><a class="utrecht-link" href="/beheer/advies"><xsl:value-of select="c:t('advice.thread.back.admin')"/></a></xsl:when>
      <xsl:otherwise><a class="utrecht-link" href="/advies/aanvragen"><xsl:value-of select="c:t('advice.thread.back')"/></a></xsl:otherwise>
    </xsl:choose>
  </p>
  <h1><xsl:value-of select="c:t('advice.thread.title', c:topic($q/@topic))"/></h1>
  <dl class="cimolt-facts">
    <xsl:if test="$admin">
      <div class="cimolt-facts__row">
        <dt><xsl:value-of select="c:t('advice.thread.organisation')"/></dt>
        <dd><xsl:value-of select="$q/@organisation"/></dd>
      </div>
    </xsl:if>
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('advice.col.requester')"/></dt>
      <dd>
        <xsl:value-of select="$q/@requester"/>
        <xsl:if test="$admin and normalize-space($q/@email)">
          <xsl:text>, </xsl:text>
          <a class="utrecht-link cimolt-break" href="mailto:{$q/@email}"><xsl:value-of select="$q/@email"/></a>
        </xsl:if>
      </dd>
    </div>
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('advice.col.created')"/></dt>
      <dd><xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="$q/@created"/></xsl:call-template></dd>
    </div>
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('advice.col.contact')"/></dt>
      <dd>
        <xsl:value-of select="c:t(concat('advice.contact.', $q/@contact))"/>
        <xsl:if test="$admin and normalize-space($q/@phone)">
          <xsl:text>, </xsl:text>
          <a class="utrecht-link" href="tel:{translate($q/@phone, ' -', '')}"><xsl:value-of select="$q/@phone"/></a>
        </xsl:if>
      </dd>
    </div>
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('advice.col.status')"/></dt>
      <dd>
        <span class="cimolt-status cimolt-status--advice-{translate($q/@status, '_', '-')}">
          <xsl:value-of select="c:t(concat('advice.status.', $q/@status))"/>
        </span>
      </dd>
    </div>
    <xsl:if test="$admin">
      <div class="cimolt-facts__row">
        <dt><xsl:value-of select="c:t('advice.thread.assignee')"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="$q/@assignee"><xsl:value-of select="$q/@assignee"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="c:t('advice.thread.assignee.none')"/></xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
    </xsl:if>
  </dl>

  <section class="cimolt-section" aria-labelledby="thread-title">
    <h2 id="thread-title"><xsl:value-of select="c:t('advice.thread.messages')"/></h2>
    <ol class="cimolt-thread">
      <li class="cimolt-thread__item cimolt-thread__item--requester">
        <p class="cimolt-thread__meta">
          <xsl:value-of select="c:t('advice.thread.asked', $q/@requester)"/>
          <xsl:text> · </xsl:text>
          <xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="$q/@created"/></xsl:call-template>
        </p>
        <p class="cimolt-lines cimolt-thread__body"><xsl:call-template name="c:data-lang"/><xsl:value-of select="$q/text()"/></p>
      </li>
      <xsl:apply-templates select="messages/message"/>
    </ol>
  </section>

  <xsl:choose>
    <xsl:when test="$admin">
      <section class="cimolt-section cimolt-no-print" aria-labelledby="reply-title">
        <h2 id="reply-title"><xsl:value-of select="c:t('advice.thread.reply')"/></h2>
        <p><xsl:value-of select="c:t('advice.thread.reply.lead')"/></p>
        <xsl:apply-templates select="form[@name = 'advice-reply']"><xsl:with-param name="level" select="3"/></xsl:apply-templates>
      </section>
      <section class="cimolt-section cimolt-no-print" aria-labelledby="note-title">
        <h2 id="note-title"><xsl:value-of select="c:t('advice.thread.note')"/></h2>
        <p><xsl:value-of select="c:t('advice.thread.note.lead')"/></p>
        <xsl:apply-templates select="form[@name = 'advice-note']">
          <xsl:with-param name="level" select="3"/>
          <xsl:with-param name="button" select="'secondary-action'"/>
        </xsl:apply-templates>
      </section>
      <section class="cimolt-section cimolt-no-print" aria-labelledby="handling-title">
        <h2 id="handling-title"><xsl:value-of select="c:t('advice.thread.handling')"/></h2>
        <xsl:apply-templates select="form[@name = 'advice-assign']">
          <xsl:with-param name="level" select="3"/>
          <xsl:with-param name="button" select="'secondary-action'"/>
        </xsl:apply-templates>
        <xsl:apply-templates select="form[@name = 'advice-state']">
          <xsl:with-param name="level" select="3"/>
          <xsl:with-param name="button" select="'secondary-action'"/>
        </xsl:apply-templates>
      </section>
    </xsl:when>
    <xsl:otherwise>
      <section class="cimolt-section cimolt-no-print" aria-labelledby="answer-title">
        <h2 id="answer-title"><xsl:value-of select="c:t('advice.thread.answer')"/></h2>
        <p><xsl:value-of select="c:t('advice.thread.answer.lead')"/></p>
        <xsl:apply-templates select="form[@name = 'advice-answer']"><xsl:with-param name="level" select="3"/></xsl:apply-templates>
      </section>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- One message: who and when, then the text; a note says that only
     organisers see it; a status change says what it became. -->
<xsl:template match="message">
  <li class="cimolt-thread__item cimolt-thread__item--{@by} cimolt-thread__item--{@kind}">
    <p class="cimolt-thread__meta">
      <xsl:choose>
        <xsl:when test="@kind = 'status'">
          <xsl:value-of select="c:t('advice.thread.status-changed', c:t(concat('advice.status.', .)), @author)"/>
        </xsl:when>
        <xsl:when test="@kind = 'note'">
          <span class="cimolt-status"><xsl:value-of select="c:t('advice.thread.note.badge')"/></span>
          <xsl:text> </xsl:text>
          <xsl:value-of select="@author"/>
        </xsl:when>
        <xsl:when test="@by = 'organiser'">
          <xsl:value-of select="c:t('advice.thread.by-organiser', @author)"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="@author"/></xsl:otherwise>
      </xsl:choose>
      <xsl:text> · </xsl:text>
      <xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="@created"/></xsl:call-template>
    </p>
    <xsl:if test="@kind != 'status'">
      <p class="cimolt-lines cimolt-thread__body"><xsl:call-template name="c:data-lang"/><xsl:value-of select="."/></p>
    </xsl:if>
  </li>
</xsl:template>

<!-- The organiser who handles it: nobody, or one of the organisers. -->
<xsl:template match="form[@name = 'advice-assign']/field[@name = 'behandelaar']" mode="c:control">
  <select class="utrecht-select utrecht-select--html-select" id="{../@name}-{@name}" name="{@name}">
    <xsl:call-template name="c:field-attributes">
      <xsl:with-param name="invalid-class">utrecht-select utrecht-select--html-select utrecht-select--invalid</xsl:with-param>
    </xsl:call-template>
    <option value=""><xsl:value-of select="c:t('advice.thread.assignee.none')"/></option>
    <xsl:for-each select="option">
      <option value="{@value}">
        <xsl:if test="@selected = 'yes'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
        <xsl:value-of select="@label"/>
      </option>
    </xsl:for-each>
  </select>
</xsl:template>

</xsl:stylesheet>
