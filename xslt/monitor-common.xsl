<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the monitor's pages share: texts of the questionnaire in the page's
  language, numbers written the way the language writes them, a round's
  status and progress, and the progress table of its sections. Imported
  by monitor*.xsl (it imports layout.xsl itself).

  A round in the page document:
    <round year status questionnaire-version answered total unconfirmed?
        submitted?>
      <section id level theme|category answered total unconfirmed?
        current?>
        <q:title xml:lang/>...
      </section>
    </round>
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:func="http://exslt.org/functions"
    xmlns:q="urn:cimolt:questionnaire"
    xmlns:c="urn:cimolt:xslt"
    extension-element-prefixes="func"
    exclude-result-prefixes="c q">

<xsl:import href="layout.xsl"/>

<!-- Dutch writes 1.250.000 and 46,3; English 1,250,000 and 46.3. -->
<xsl:decimal-format name="nl" decimal-separator="," grouping-separator="."/>
<xsl:decimal-format name="en" decimal-separator="." grouping-separator=","/>

<!-- c:decimal(v): a score or share (the daemon writes "46.3") with at
     most one decimal, in the page's language: "46,3" / "46.3", "25". (C: render.c) -->

<!-- c:whole(v): a whole number with thousands marked the way the daemon
     reads them back (dots or spaces, never commas): "1.250.000" in Dutch,
     "1 250 000" in English (the SI way). Anything but digits is given
     back as it is (a typed value with an error). -->
<func:function name="c:whole">
  <xsl:param name="v"/>
  <xsl:variable name="s" select="string($v)"/>
  <xsl:choose>
    <xsl:when test="$s = '' or translate($s, '0123456789', '') != ''"><func:result select="$s"/></xsl:when>
    <xsl:when test="$c:lang = 'en'"><func:result select="translate(format-number($s, '#,##0', 'en'), ',', ' ')"/></xsl:when>
    <xsl:otherwise><func:result select="format-number($s, '#.##0', 'nl')"/></xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- The text of a questionnaire element (q:title, q:text, q:help,
     q:label, q:descriptor) in the page's language, else in Dutch. -->
<xsl:template name="q-text">
  <xsl:param name="nodes"/>
  <xsl:choose>
    <xsl:when test="$nodes[lang($c:lang)]"><xsl:value-of select="$nodes[lang($c:lang)][1]"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="$nodes[1]"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- A section's title (context: <section> of a round). -->
<xsl:template name="section-title">
  <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="q:title"/></xsl:call-template>
</xsl:template>

<!-- A round's status as a label (context: <round>). -->
<xsl:template name="round-status">
  <span class="cimolt-status cimolt-status--round-{@status}">
    <xsl:value-of select="c:t(concat('monitor.status.', @status))"/>
  </span>
</xsl:template>

<!-- A progress bar for answered of total (context: an element with
     @answered and @total). Only a picture: the same numbers are always
     written beside it. -->
<xsl:template name="progress-bar">
  <xsl:variable name="pct">
    <xsl:choose>
      <xsl:when test="number(@total) &gt; 0"><xsl:value-of select="round(100 * @answered div @total)"/></xsl:when>
      <xsl:otherwise>0</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <svg xmlns="http://www.w3.org/2000/svg" class="cimolt-progress" aria-hidden="true"
      viewBox="0 0 100 8" preserveAspectRatio="none">
    <rect class="cimolt-progress__track" x="0" y="0" width="100" height="8"/>
    <xsl:if test="$pct &gt; 0">
      <rect class="cimolt-progress__bar" x="0" y="0" width="{$pct}" height="8"/>
    </xsl:if>
  </svg>
</xsl:template>

<!-- "3 van 4 vragen beantwoord" with its bar (context as above). -->
<xsl:template name="progress">
  <span class="cimolt-progress-text">
    <xsl:if test="@answered = @total and number(@total) &gt; 0">
      <xsl:attribute name="class">cimolt-progress-text cimolt-progress-text--done</xsl:attribute>
    </xsl:if>
    <xsl:value-of select="c:t('monitor.progress', @answered, @total)"/>
  </span>
  <xsl:call-template name="progress-bar"/>
</xsl:template>

<!-- The round's status, its overall progress and, once submitted, when
     (context: <round>). -->
<xsl:template name="round-summary">
  <div class="cimolt-round-summary">
    <p class="cimolt-round-summary__status">
      <xsl:call-template name="round-status"/>
      <xsl:if test="@status = 'submitted' and normalize-space(@submitted)">
        <xsl:text> </xsl:text>
        <span class="cimolt-round-summary__when">
          <xsl:value-of select="c:t('monitor.status.on')"/>
          <xsl:text> </xsl:text>
          <xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="@submitted"/></xsl:call-template>
        </span>
      </xsl:if>
    </p>
    <div class="cimolt-round-summary__progress">
      <xsl:call-template name="progress"/>
    </div>
    <p class="cimolt-round-summary__definition"><xsl:value-of select="c:t('monitor.answered-definition')"/></p>
    <xsl:if test="@unconfirmed and @status != 'submitted'">
      <p class="cimolt-round-summary__unconfirmed">
        <span class="cimolt-status cimolt-status--prefilled"><xsl:value-of select="c:t('monitor.unconfirmed.badge', @unconfirmed)"/></span>
        <xsl:text> </xsl:text>
        <xsl:value-of select="c:t('monitor.unconfirmed.round')"/>
      </p>
    </xsl:if>
  </div>
</xsl:template>

<!-- The sections of a round (context: <round>) with their level and
     progress, each linked to its page. -->
<xsl:template name="progress-table">
  <xsl:variable name="year" select="@year"/>
  <table class="cimolt-table cimolt-sections">
    <caption class="cimolt-visually-hidden"><xsl:value-of select="c:t('monitor.sections', @year)"/></caption>
    <thead>
      <tr>
        <th scope="col"><xsl:value-of select="c:t('monitor.col.section')"/></th>
        <th scope="col"><xsl:value-of select="c:t('monitor.col.level')"/></th>
        <th scope="col"><xsl:value-of select="c:t('monitor.col.progress')"/></th>
      </tr>
    </thead>
    <tbody>
      <xsl:for-each select="section">
        <tr>
          <th scope="row">
            <a class="utrecht-link" href="/monitor/{$year}/{@id}"><xsl:call-template name="section-title"/></a>
          </th>
          <td><xsl:value-of select="c:t(concat('monitor.level.', @level))"/></td>
          <td class="cimolt-sections__progress">
            <xsl:call-template name="progress"/>
            <xsl:if test="@unconfirmed and ../@status != 'submitted'">
              <span class="cimolt-status cimolt-status--prefilled"><xsl:value-of select="c:t('monitor.unconfirmed.badge', @unconfirmed)"/></span>
            </xsl:if>
          </td>
        </tr>
      </xsl:for-each>
    </tbody>
  </table>
</xsl:template>

<!-- The deadline of a monitor year (context: <deadline year opens date
     days-left opened round>): when it opens, when it closes and how many
     days are left, or that the round is submitted. -->
<xsl:template name="deadline">
  <div class="utrecht-alert utrecht-alert--info cimolt-alert cimolt-deadline" id="deadline-{@year}">
    <div class="utrecht-alert__content">
      <div class="utrecht-alert__message">
        <p>
          <xsl:choose>
            <xsl:when test="@round = 'submitted'"><xsl:value-of select="c:t('monitor.deadline.submitted', @year)"/></xsl:when>
            <xsl:when test="@opened = 'no'"><xsl:value-of select="c:t('monitor.deadline.not-open', @year, c:iso-date(@opens), c:iso-date(@date))"/></xsl:when>
            <xsl:when test="number(@days-left) &lt; 0"><xsl:value-of select="c:t('monitor.deadline.passed', @year, c:iso-date(@date))"/></xsl:when>
            <xsl:when test="number(@days-left) = 0"><xsl:value-of select="c:t('monitor.deadline.today', @year, c:iso-date(@date))"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="c:t('monitor.deadline.open', @year, c:iso-date(@date), c:t(concat('monitor.days', substring('.one', 1, 4 * (number(@days-left) = 1))), @days-left))"/></xsl:otherwise>
          </xsl:choose>
        </p>
      </div>
    </div>
  </div>
</xsl:template>

<!-- The section to go on with (context: <round>): the first one not
     complete, else the first. -->
<xsl:template name="next-section-id">
  <xsl:choose>
    <xsl:when test="section[number(@answered) &lt; number(@total)]">
      <xsl:value-of select="section[number(@answered) &lt; number(@total)][1]/@id"/>
    </xsl:when>
    <xsl:otherwise><xsl:value-of select="section[1]/@id"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- One piece of advice (an <item> of advice_items_xml, on the advice
     page and in the monitor's report): a heading (level h, its subheadings
     h + 1) with the scope, its tier and the own score, why it applies,
     the text and the links. -->
<xsl:template match="item" mode="c:advice">
  <xsl:param name="h" select="2"/>
  <xsl:variable name="id" select="concat('advice-', position())"/>
  <li class="cimolt-advice__item cimolt-advice__item--{@tier}">
    <article aria-labelledby="{$id}">
      <xsl:element name="h{$h}">
        <xsl:attribute name="class">cimolt-advice__title</xsl:attribute>
        <xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute>
        <xsl:value-of select="c:scope-name(.)"/>
      </xsl:element>
      <p class="cimolt-advice__tier">
        <span class="cimolt-status cimolt-tier cimolt-tier--{@tier}"><xsl:value-of select="c:t('advice.tier', c:t(concat('advice.tier.', @tier)))"/></span>
      </p>
      <p class="cimolt-advice__why">
        <xsl:choose>
          <xsl:when test="@score and @scope = 'share'"><xsl:value-of select="c:t('advice.share', c:figure(@score, true()))"/></xsl:when>
          <xsl:when test="@score"><xsl:value-of select="c:t('advice.score', c:decimal(@score))"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="c:t('advice.score.none')"/></xsl:otherwise>
        </xsl:choose>
        <xsl:text> </xsl:text>
        <xsl:apply-templates select="when" mode="c:advice"/>
      </p>
      <div class="cimolt-advice__text">
        <xsl:for-each select="text">
          <p class="cimolt-lines"><xsl:value-of select="."/></p>
        </xsl:for-each>
      </div>
      <xsl:if test="practice">
        <xsl:element name="h{$h + 1}">
          <xsl:attribute name="class">cimolt-advice__subtitle</xsl:attribute>
          <xsl:value-of select="c:t('advice.practices')"/>
        </xsl:element>
        <ul class="cimolt-advice__links">
          <xsl:for-each select="practice">
            <li>
              <a class="utrecht-link" href="/praktijk/{@id}">
                <xsl:choose>
                  <xsl:when test="normalize-space(@title)"><xsl:call-template name="c:data-lang"/><xsl:value-of select="@title"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="c:t('advice.practice', @id)"/></xsl:otherwise>
                </xsl:choose>
              </a>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>
      <xsl:if test="link">
        <xsl:element name="h{$h + 1}">
          <xsl:attribute name="class">cimolt-advice__subtitle</xsl:attribute>
          <xsl:value-of select="c:t('advice.links')"/>
        </xsl:element>
        <ul class="cimolt-advice__links">
          <xsl:for-each select="link">
            <li>
              <a class="utrecht-link cimolt-break" href="{@href}">
                <xsl:choose>
                  <xsl:when test="normalize-space(@label)"><xsl:value-of select="@label"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="@href"/></xsl:otherwise>
                </xsl:choose>
              </a>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </article>
  </li>
</xsl:template>

<!-- Why the advice applies: a score band, or an answer to a question. -->
<xsl:template match="when[@question]" mode="c:advice">
  <xsl:variable name="answer">
    <xsl:choose>
      <xsl:when test="@answer = 'ja'"><xsl:value-of select="c:t('monitor.yes')"/></xsl:when>
      <xsl:when test="@answer = 'nee'"><xsl:value-of select="c:t('monitor.no')"/></xsl:when>
      <xsl:when test="@answer = '?'"><xsl:value-of select="c:t('monitor.dont-know')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="@answer"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:choose>
    <xsl:when test="normalize-space(@question-text)"><xsl:value-of select="c:t('advice.when.answer', @question-text, $answer)"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="c:t('advice.when.answer.plain', $answer)"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="when" mode="c:advice">
  <xsl:choose>
    <xsl:when test="@below and number(@from) &gt; 0">
      <xsl:value-of select="c:t('advice.when.band', c:decimal(@from), c:decimal(@below))"/>
    </xsl:when>
    <xsl:when test="@below"><xsl:value-of select="c:t('advice.when.below', c:decimal(@below))"/></xsl:when>
    <xsl:when test="number(@from) &gt; 0"><xsl:value-of select="c:t('advice.when.from', c:decimal(@from))"/></xsl:when>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
