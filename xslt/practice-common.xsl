<?xml version="1.0" encoding="UTF-8"?>
<!--
  Parts shared by the practice library's pages (issue 7), included by
  practices.xsl, practice.xsl, practice-form.xsl, practices-admin.xsl,
  practice-review.xsl and practice-contact.xsl:

  - a practice in a list (mode "card"): <practice id public status
    working-status? published year category rank?> with <title/>,
    <summary/>, <organisation id/>, <aspects><aspect code/></aspects>,
    <published-at .../>; href is a parameter (the reader's page, or the
    organisers' review page);
  - a whole practice (mode "full"): <practice> with its <organisation>
    and <revision> (see CONTRACT7: texts, themes, aspects, partners,
    links, contact by name only, remark for its own municipality).

  Texts from the database are Dutch (c:data-lang).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<!-- One practice of a list. -->
<xsl:template match="practice" mode="card">
  <xsl:param name="href" select="concat('/praktijk/', @id)"/>
  <xsl:param name="level" select="'h3'"/>
  <li class="cimolt-practice-card">
    <xsl:element name="{$level}">
      <xsl:attribute name="class">cimolt-practice-card__title</xsl:attribute>
      <a class="utrecht-link" href="{$href}">
        <xsl:for-each select="title">
          <xsl:call-template name="c:data-lang"/>
          <xsl:value-of select="."/>
        </xsl:for-each>
      </a>
    </xsl:element>
    <p class="cimolt-practice-card__meta">
      <xsl:value-of select="organisation"/>
      <xsl:text> · </xsl:text>
      <xsl:value-of select="@year"/>
      <xsl:text> · </xsl:text>
      <xsl:value-of select="c:t(concat('category.', @category))"/>
      <xsl:if test="@status != 'published' or @working-status">
        <xsl:text> · </xsl:text>
        <strong>
          <xsl:choose>
            <xsl:when test="@working-status"><xsl:value-of select="c:t(concat('practice.status.', @working-status))"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="c:t(concat('practice.status.', @status))"/></xsl:otherwise>
          </xsl:choose>
        </strong>
      </xsl:if>
      <xsl:if test="@public = 'yes'">
        <xsl:text> · </xsl:text>
        <xsl:value-of select="c:t('practice.public')"/>
      </xsl:if>
    </p>
    <p class="cimolt-practice-card__summary">
      <xsl:for-each select="summary">
        <xsl:call-template name="c:data-lang"/>
        <xsl:value-of select="."/>
      </xsl:for-each>
    </p>
    <xsl:if test="aspects/aspect">
      <ul class="cimolt-tags" aria-label="{c:t('practice.aspects')}">
        <xsl:for-each select="aspects/aspect">
          <li class="cimolt-tag"><xsl:value-of select="c:t(concat('aspect.', @code))"/></li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </li>
</xsl:template>

<!-- A whole practice: facts, texts, themes and aspects, partners, links
     and the contact person (by name). -->
<xsl:template match="practice" mode="full">
  <xsl:variable name="rev" select="revision"/>
  <dl class="cimolt-facts cimolt-practice__facts">
    <dt><xsl:value-of select="c:t('practice.meta.organisation')"/></dt>
    <dd><xsl:value-of select="organisation"/></dd>
    <dt><xsl:value-of select="c:t('practice.meta.year')"/></dt>
    <dd><xsl:value-of select="$rev/@year"/></dd>
    <dt><xsl:value-of select="c:t('practice.meta.category')"/></dt>
    <dd><xsl:value-of select="c:t(concat('category.', $rev/@category))"/></dd>
    <dt><xsl:value-of select="c:t('practice.meta.value-band')"/></dt>
    <dd>
      <xsl:choose>
        <xsl:when test="$rev/@value-band"><xsl:value-of select="c:t(concat('valueband.', $rev/@value-band))"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="c:t('valueband.onbekend')"/></xsl:otherwise>
      </xsl:choose>
    </dd>
    <xsl:if test="published-at">
      <dt><xsl:value-of select="c:t('practice.meta.published')"/></dt>
      <dd><xsl:value-of select="c:date(published-at)"/></dd>
    </xsl:if>
    <dt><xsl:value-of select="c:t('practice.meta.visibility')"/></dt>
    <dd>
      <xsl:choose>
        <xsl:when test="@public = 'yes'"><xsl:value-of select="c:t('practice.public')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="c:t('practice.internal')"/></xsl:otherwise>
      </xsl:choose>
    </dd>
  </dl>
  <h2><xsl:value-of select="c:t('practice.summary')"/></h2>
  <p class="cimolt-lines">
    <xsl:for-each select="$rev/summary"><xsl:call-template name="c:data-lang"/><xsl:value-of select="."/></xsl:for-each>
  </p>
  <h2><xsl:value-of select="c:t('practice.approach')"/></h2>
  <p class="cimolt-lines">
    <xsl:for-each select="$rev/approach"><xsl:call-template name="c:data-lang"/><xsl:value-of select="."/></xsl:for-each>
  </p>
  <xsl:if test="normalize-space($rev/results)">
    <h2><xsl:value-of select="c:t('practice.results')"/></h2>
    <p class="cimolt-lines">
      <xsl:for-each select="$rev/results"><xsl:call-template name="c:data-lang"/><xsl:value-of select="."/></xsl:for-each>
    </p>
  </xsl:if>
  <xsl:if test="$rev/aspects/aspect">
    <h2><xsl:value-of select="c:t('practice.aspects')"/></h2>
    <ul>
      <xsl:for-each select="$rev/aspects/aspect">
        <li><xsl:value-of select="c:t(concat('aspect.', @code))"/></li>
      </xsl:for-each>
    </ul>
  </xsl:if>
  <xsl:if test="$rev/themes/theme">
    <h2><xsl:value-of select="c:t('practice.themes')"/></h2>
    <ul>
      <xsl:for-each select="$rev/themes/theme">
        <li><xsl:value-of select="c:t(concat('theme.', @code))"/></li>
      </xsl:for-each>
    </ul>
  </xsl:if>
  <xsl:if test="$rev/partners/organisation">
    <h2><xsl:value-of select="c:t('practice.partners')"/></h2>
    <ul>
      <xsl:for-each select="$rev/partners/organisation">
        <li><xsl:value-of select="."/></li>
      </xsl:for-each>
    </ul>
  </xsl:if>
  <xsl:if test="$rev/links/link">
    <h2><xsl:value-of select="c:t('practice.links')"/></h2>
    <ul>
      <xsl:for-each select="$rev/links/link">
        <li>
          <a class="utrecht-link" href="{@url}">
            <xsl:call-template name="c:data-lang"/>
            <xsl:value-of select="."/>
          </a>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:if>
  <xsl:if test="$rev/contact">
    <h2><xsl:value-of select="c:t('practice.contact')"/></h2>
    <p>
      <xsl:value-of select="$rev/contact/@name"/>
      <xsl:if test="actions/@contact = 'yes'">
        <xsl:text> · </xsl:text>
        <a class="utrecht-link" href="/praktijk/{@id}/contact">
          <xsl:value-of select="c:t('practice.contact.ask', $rev/contact/@name)"/>
        </a>
      </xsl:if>
    </p>
  </xsl:if>
</xsl:template>

<!-- The title of the practice's revision, marked as Dutch. -->
<xsl:template match="practice" mode="title">
  <xsl:for-each select="revision/title">
    <xsl:call-template name="c:data-lang"/>
    <xsl:value-of select="."/>
  </xsl:for-each>
</xsl:template>

</xsl:stylesheet>
