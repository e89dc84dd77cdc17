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
            <xsl:apply-templates select="$a/item" mode="c:advice"/>
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
