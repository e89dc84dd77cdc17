<?xml version="1.0" encoding="UTF-8"?>
<!--
  Advice (page name "advice", GET /advies/{year}): the advice rules that
  apply to the municipality's submitted round, strongest gap first.
    <advice year hidden="no|no-round">
      <years><year value current?/>...</years>
      <item rule tier="basis|significant|ambitious" scope key score? gap>
        <when from below/>  or  <when question question-text answer/>
        <text>the advice, in the page language</text>
        <practice id title/>...  <link href label/>...
      </item>...
    </advice>
  Each item: the scope and its own score, its tier, why it applies, the
  text, and links to practical examples (/praktijk/{id}) and materials.
  Below them, and at the top, the way to "Advies op maat"
  (/advies/aanvraag).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="benchmark-common.xsl"/>

<xsl:variable name="a" select="/page/advice"/>

<xsl:template match="page" mode="c:title">
  <xsl:choose>
    <xsl:when test="$a/@hidden = 'no-round' or not(normalize-space($a/@year))"><xsl:value-of select="c:t('advice.title.plain')"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="c:t('advice.title', $a/@year)"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1>
    <xsl:apply-templates select="." mode="c:title"/>
    <xsl:if test="normalize-space(user/@organisation)">
      <span class="cimolt-heading-sub"><xsl:value-of select="user/@organisation"/></span>
    </xsl:if>
  </h1>
  <xsl:choose>
    <xsl:when test="$a/@hidden = 'no-round'">
      <p class="cimolt-intro"><xsl:value-of select="c:t('advice.no-round')"/></p>
      <p><a class="utrecht-link" href="/monitor"><xsl:value-of select="c:t('benchmark.to-monitor')"/></a></p>
    </xsl:when>
    <xsl:otherwise>
      <p class="cimolt-intro"><xsl:value-of select="c:t('advice.lead', $a/@year)"/></p>
      <xsl:for-each select="$a">
        <xsl:call-template name="year-switch">
          <xsl:with-param name="base" select="'/advies/'"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:choose>
        <xsl:when test="$a/item">
          <p><xsl:value-of select="c:t('advice.count', count($a/item))"/></p>
          <ol class="cimolt-advice">
            <xsl:apply-templates select="$a/item"/>
          </ol>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:value-of select="c:t('advice.none')"/></p>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:otherwise>
  </xsl:choose>
  <xsl:call-template name="tailored"/>
</xsl:template>

<!-- One piece of advice: a heading with the scope, its tier and the own
     score, why it applies, the text and the links. -->
<xsl:template match="item">
  <xsl:variable name="id" select="concat('advice-', position())"/>
  <li class="cimolt-advice__item cimolt-advice__item--{@tier}">
    <article aria-labelledby="{$id}">
      <h2 class="cimolt-advice__title" id="{$id}"><xsl:value-of select="c:scope-name(.)"/></h2>
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
        <xsl:apply-templates select="when"/>
      </p>
      <div class="cimolt-advice__text">
        <xsl:for-each select="text">
          <p class="cimolt-lines"><xsl:value-of select="."/></p>
        </xsl:for-each>
      </div>
      <xsl:if test="practice">
        <h3 class="cimolt-advice__subtitle"><xsl:value-of select="c:t('advice.practices')"/></h3>
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
        <h3 class="cimolt-advice__subtitle"><xsl:value-of select="c:t('advice.links')"/></h3>
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
<xsl:template match="when[@question]">
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

<xsl:template match="when">
  <xsl:choose>
    <xsl:when test="@below and number(@from) &gt; 0">
      <xsl:value-of select="c:t('advice.when.band', c:decimal(@from), c:decimal(@below))"/>
    </xsl:when>
    <xsl:when test="@below"><xsl:value-of select="c:t('advice.when.below', c:decimal(@below))"/></xsl:when>
    <xsl:when test="number(@from) &gt; 0"><xsl:value-of select="c:t('advice.when.from', c:decimal(@from))"/></xsl:when>
  </xsl:choose>
</xsl:template>

<!-- The way to personal advice from the organisers. -->
<xsl:template name="tailored">
  <section class="cimolt-section cimolt-tailored" aria-labelledby="tailored-heading">
    <h2 id="tailored-heading"><xsl:value-of select="c:t('advice.tailored.title')"/></h2>
    <p><xsl:value-of select="c:t('advice.tailored.text')"/></p>
    <p class="cimolt-actions">
      <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="/advies/aanvraag">
        <xsl:value-of select="c:t('advice.tailored.link')"/>
      </a>
    </p>
  </section>
</xsl:template>

</xsl:stylesheet>
