<?xml version="1.0" encoding="UTF-8"?>
<!--
  Outgoing mail (document <mail name="mail" lang="nl|en" type="...">): the
  subject on the first line, a blank line, then the text. The courier sends
  it as text/plain (with a calendar attached for event.changed and
  event.cancelled) and the webhook receives both in its "mail" part. One
  template per message type; every sentence comes from the catalogues
  (keys mail.TYPE.*), one key per paragraph, because c:t folds white space.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:include href="messages.xsl"/>
<xsl:include href="advice-topic.xsl"/>

<xsl:output method="text" encoding="UTF-8"/>

<xsl:variable name="nl" select="'&#10;'"/>

<!-- A paragraph: its text and a blank line. -->
<xsl:template name="p">
  <xsl:param name="text"/>
  <xsl:value-of select="$text"/>
  <xsl:value-of select="concat($nl, $nl)"/>
</xsl:template>

<xsl:template name="signature">
  <xsl:value-of select="c:t('mail.signature')"/>
  <xsl:value-of select="$nl"/>
</xsl:template>

<xsl:template match="/mail[@type = 'account.invited']">
  <xsl:value-of select="concat(c:t('mail.account.invited.subject'), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.greeting', name)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.account.invited.text', organisation)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="link"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.link.expires', expires-days)"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<xsl:template match="/mail[@type = 'account.reset']">
  <xsl:value-of select="concat(c:t('mail.account.reset.subject'), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.greeting', name)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.account.reset.text')"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="link"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.account.reset.ignore')"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<!-- Registration notices. The document: <event id><title/><start/><end/>
     <place/><capacity/><confirmed/><waiting/><places-left/></event>,
     <registration status
     position><name/><email/><job-title/><organisation/></registration>,
     <link/> (the registrant's status page) and <base-url/>. -->

<!-- To the organisers: what happened, who, and the counts now. -->
<xsl:template match="/mail[@type = 'registration.created' or @type = 'registration.cancelled'
    or @type = 'registration.promoted']">
  <xsl:variable name="what" select="substring-after(@type, 'registration.')"/>
  <xsl:value-of select="concat(c:t(concat('mail.registration.', $what, '.subject'), event/title), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t(concat('mail.registration.organiser.', $what),
        c:t(concat('mail.registration.status.', registration/@status)))"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.registration.organiser.who', registration/name,
        registration/job-title, registration/email, registration/organisation)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.registration.organiser.counts', event/confirmed,
        event/capacity, event/waiting)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="concat(base-url, '/beheer/programma/', event/@id)"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<!-- To an address not confirmed yet: fixed text and the link only, none
     of what was typed into the form (the document holds <link/> and
     <hold-hours/>, nothing else). -->
<xsl:template match="/mail[@type = 'registration.verify']">
  <xsl:value-of select="concat(c:t('mail.registration.verify.subject'), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="concat(c:t('mail.registration.verify.text'), $nl, link)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.registration.verify.hold', hold-hours)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.registration.verify.ignore')"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<!-- To a municipality's coordinators: a registration waits for their
     approval (<event id><title/></event>, <base-url/>). -->
<xsl:template match="/mail[@type = 'registration.approval']">
  <xsl:value-of select="concat(c:t('mail.registration.approval.subject', event/title), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="concat(c:t('mail.registration.approval.text', event/title), $nl,
        base-url, '/gemeente/aanmeldingen')"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<!-- To the registrant: the status, when and where, and the link (the
     status page; every mail about a registration has one of its own). -->
<xsl:template match="/mail[@type = 'registration.confirmation']">
  <xsl:value-of select="concat(c:t('mail.registration.confirmation.subject', event/title), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.greeting', registration/name)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t(concat('mail.registration.confirmation.', registration/@status,
        substring('.org-limit', 1, 10 * (registration/@status = 'waiting' and number(event/places-left) &gt; 0))),
        event/title, registration/@position)"/>
  </xsl:call-template>
  <xsl:call-template name="when-where"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="concat(c:t('mail.registration.link'), $nl, link)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="concat(c:t('mail.registration.calendar'), $nl,
        base-url, '/programma/', event/@id, '.ics')"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<xsl:template match="/mail[@type = 'registration.promotion']">
  <xsl:value-of select="concat(c:t('mail.registration.promotion.subject', event/title), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.greeting', registration/name)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.registration.promotion.text', event/title)"/>
  </xsl:call-template>
  <xsl:call-template name="when-where"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="concat(c:t('mail.registration.link'), $nl, link)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="concat(c:t('mail.registration.calendar'), $nl,
        base-url, '/programma/', event/@id, '.ics')"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<!-- To the registrant: their registration is cancelled, by themselves
     (registration.cancellation) or by their municipality's coordinator
     (registration.coordinator-cancellation) or by the organisers
     (registration.organiser-cancellation). -->
<xsl:template match="/mail[@type = 'registration.cancellation' or @type = 'registration.coordinator-cancellation' or @type = 'registration.organiser-cancellation']">
  <xsl:value-of select="concat(c:t('mail.registration.cancellation.subject', event/title), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.greeting', registration/name)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t(concat('mail.', @type, '.text'), event/title)"/>
  </xsl:call-template>
  <xsl:call-template name="when-where"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="concat(c:t('mail.registration.cancellation.again'), $nl,
        base-url, '/programma/', event/@id)"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<!-- To the new person of a move: their municipality's coordinator moved a
     colleague's place to them; the link to confirm (the registration
     notice's document with <hold-hours/>). -->
<xsl:template match="/mail[@type = 'registration.transfer-request']">
  <xsl:value-of select="concat(c:t('mail.registration.transfer-request.subject', event/title), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.greeting', registration/name)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="concat(c:t('mail.registration.transfer-request.text',
        registration/organisation, event/title), $nl, link)"/>
  </xsl:call-template>
  <xsl:call-template name="when-where"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.registration.transfer-request.hold', hold-hours)"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<!-- To the person whose place a move gave to a colleague. -->
<xsl:template match="/mail[@type = 'registration.transfer']">
  <xsl:value-of select="concat(c:t('mail.registration.transfer.subject', event/title), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.greeting', registration/name)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.registration.transfer.text', event/title)"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<!-- When and where: the place, the online link, or both; an event of
     several sessions lists them, one a line. -->
<xsl:template name="when-where">
  <xsl:choose>
    <xsl:when test="count(event/sessions/session) &gt; 1">
      <xsl:call-template name="p">
        <xsl:with-param name="text">
          <xsl:value-of select="c:t('mail.event.sessions')"/>
          <xsl:call-template name="session-lines"/>
          <xsl:if test="event/online-url">
            <xsl:value-of select="concat($nl, c:t('mail.event.online', event/online-url))"/>
          </xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:when>
    <xsl:otherwise><xsl:call-template name="when-where-one"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- The sessions of the event, each on a line of its own: "- when, place". -->
<xsl:template name="session-lines">
  <xsl:for-each select="event/sessions/session">
    <xsl:value-of select="concat($nl, '- ', c:when(.))"/>
    <xsl:if test="normalize-space(place)">
      <xsl:value-of select="concat(', ', place)"/>
    </xsl:if>
  </xsl:for-each>
</xsl:template>

<!-- Changes told to the registrants (event-change.c). The document as a
     registration notice's, with <event><sessions> always, <message/> (the
     organisers' own, optional) and the .ics attached by the courier. -->
<xsl:template match="/mail[@type = 'event.changed' or @type = 'event.cancelled']">
  <xsl:variable name="what" select="substring-after(@type, 'event.')"/>
  <xsl:value-of select="concat(c:t(concat('mail.event.', $what, '.subject'), event/title), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.greeting', registration/name)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text">
      <xsl:value-of select="c:t(concat('mail.event.', $what, '.text'), event/title)"/>
      <xsl:if test="$what = 'changed'">
        <xsl:call-template name="session-lines"/>
        <xsl:if test="event/online-url">
          <xsl:value-of select="concat($nl, c:t('mail.event.online', event/online-url))"/>
        </xsl:if>
      </xsl:if>
    </xsl:with-param>
  </xsl:call-template>
  <xsl:if test="normalize-space(message)">
    <xsl:call-template name="p">
      <xsl:with-param name="text" select="concat(c:t('mail.event.message'), $nl, message)"/>
    </xsl:call-template>
  </xsl:if>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t(concat('mail.event.', $what, '.calendar'))"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="concat(c:t('mail.registration.link'), $nl, link)"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<!-- When and where of an event of one session. -->
<xsl:template name="when-where-one">
  <xsl:variable name="where">
    <xsl:choose>
      <xsl:when test="normalize-space(event/place) and event/online-url">
        <xsl:value-of select="concat(event/place, ' (online: ', event/online-url, ')')"/>
      </xsl:when>
      <xsl:when test="normalize-space(event/place)"><xsl:value-of select="event/place"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="event/online-url"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.registration.when', c:when(event), $where)"/>
  </xsl:call-template>
</xsl:template>

<!-- Practice notices. The document: <practice id revision>
     <title/><organisation/></practice>, <actor><name/><organisation/>
     </actor>, <remark/> (returned), <message/> (a question) and
     <base-url/>. -->

<!-- To the organisers: a practice waits for review. -->
<xsl:template match="/mail[@type = 'practice.submitted']">
  <xsl:value-of select="concat(c:t('mail.practice.submitted.subject', practice/title), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.practice.submitted.text', practice/title,
        practice/organisation, actor/name)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="concat(base-url, '/beheer/praktijk/', practice/@id)"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<!-- To the author and the coordinators: published, or returned with
     the organiser's remark. -->
<xsl:template match="/mail[@type = 'practice.published' or @type = 'practice.returned']">
  <xsl:variable name="what" select="substring-after(@type, 'practice.')"/>
  <xsl:value-of select="concat(c:t(concat('mail.practice.', $what, '.subject'), practice/title), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t(concat('mail.practice.', $what, '.text'), practice/title)"/>
  </xsl:call-template>
  <xsl:if test="remark">
    <xsl:call-template name="p">
      <xsl:with-param name="text" select="concat(c:t('mail.practice.returned.remark'), $nl, remark)"/>
    </xsl:call-template>
  </xsl:if>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="concat(base-url, '/praktijk/', practice/@id)"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<!-- To a practice's contact person: a question from a colleague
     elsewhere; answering the mail goes to the sender (reply-to). -->
<xsl:template match="/mail[@type = 'practice.contact']">
  <xsl:value-of select="concat(c:t('mail.practice.contact.subject', practice/title), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.practice.contact.text', actor/name,
        actor/organisation, practice/title)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="message"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.practice.contact.reply')"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="concat(base-url, '/praktijk/', practice/@id)"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<!-- To the organisers: a municipality asks for advice. The
     document: <question id topic contact phone>the question</question>,
     <organisation/>, <requester/> (the name), <email/> and <base-url/>. -->
<xsl:template match="/mail[@type = 'advice.requested']">
  <xsl:value-of select="concat(c:t('mail.advice.requested.subject', organisation, c:topic(question/@topic)), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.advice.requested.text', requester, organisation, c:topic(question/@topic))"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="concat(c:t('mail.advice.requested.question'), $nl, question)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text">
      <xsl:value-of select="c:t(concat('mail.advice.requested.contact.', question/@contact))"/>
      <xsl:value-of select="$nl"/>
      <xsl:value-of select="c:t('mail.advice.requested.email', email)"/>
      <xsl:if test="normalize-space(question/@phone)">
        <xsl:value-of select="$nl"/>
        <xsl:value-of select="c:t('mail.advice.requested.phone', question/@phone)"/>
      </xsl:if>
    </xsl:with-param>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="concat(c:t('mail.advice.requested.link'), $nl, base-url, '/beheer/advies')"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<!-- The conversation about an advice request. The document: <request
     id topic status/>, <organisation/>, <requester/> (the name),
     <question/>, <message/> (the reply or answer; none for
     advice.received and advice.status), <base-url/> and <href/> (the
     path of the thread for the addressee). To the requester:
     advice.received (the request arrived), advice.replied (an
     organiser's reply), advice.status (a new status); to the
     organisers: advice.message (the requester's answer). -->
<xsl:template match="/mail[@type = 'advice.received' or @type = 'advice.replied'
    or @type = 'advice.status' or @type = 'advice.message']">
  <xsl:variable name="k" select="concat('mail.', @type)"/>
  <xsl:value-of select="concat(c:t(concat($k, '.subject'), c:topic(request/@topic),
      c:t(concat('advice.status.', request/@status)), organisation), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t(concat($k, '.text'), c:topic(request/@topic),
        c:t(concat('advice.status.', request/@status)), requester, organisation)"/>
  </xsl:call-template>
  <xsl:if test="message">
    <xsl:call-template name="p">
      <xsl:with-param name="text" select="message"/>
    </xsl:call-template>
  </xsl:if>
  <xsl:if test="@type = 'advice.received'">
    <xsl:call-template name="p">
      <xsl:with-param name="text" select="concat(c:t('mail.advice.requested.question'), $nl, question)"/>
    </xsl:call-template>
  </xsl:if>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="concat(c:t('mail.advice.thread.link'), $nl, base-url, href)"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<!-- To the organisers: a user asks for their account to be deleted
     (/account). The document: <name/>, <email/>, <organisation/>. -->
<xsl:template match="/mail[@type = 'account.erasure-requested']">
  <xsl:value-of select="concat(c:t('mail.account.erasure-requested.subject', name), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.account.erasure-requested.text', name, email, organisation)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="concat(c:t('mail.account.erasure-requested.how'), $nl, '  cimolt-admin person erase ', email)"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<!-- A type without a template is an error in the code that queued it. -->
<xsl:template match="mail" priority="-1">
  <xsl:message terminate="yes">mail.xsl: no template for <xsl:value-of select="@type"/></xsl:message>
</xsl:template>

<!-- The monitor: a reminder before the deadline to a coordinator of a
     municipality that has not submitted (<name/><organisation/><year/>
     <deadline/> YYYY-MM-DD <days-left/><link/>), and the receipt of a
     submitted round (<name/><organisation/><year/><link/> to the result). -->
<xsl:template match="/mail[@type = 'monitor.reminder']">
  <xsl:value-of select="concat(c:t('mail.monitor.reminder.subject', year, c:iso-date(deadline)), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.greeting', name)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.monitor.reminder.text', year, organisation, c:iso-date(deadline), c:t(concat('monitor.days', substring('.one', 1, 4 * (number(days-left) = 1))), days-left))"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="link"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<xsl:template match="/mail[@type = 'monitor.submitted']">
  <xsl:value-of select="concat(c:t('mail.monitor.submitted.subject', year, organisation), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.greeting', name)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.monitor.submitted.text', year, organisation)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="link"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

</xsl:stylesheet>
