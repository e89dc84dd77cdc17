<?xml version="1.0" encoding="UTF-8"?>
<!--
  Parts shared by the practice library's pages, included by
  practices.xsl, practice.xsl, practice-form.xsl, practices-admin.xsl,
  practice-review.xsl and practice-contact.xsl:

  - a practice in a list (mode "card"): <practice id public status
    working-status? published year category rank?> with <title/>,
    <summary/> (in search results with the matched words in <mark>), <organisation id/>, <aspects><aspect code/></aspects>,
    <published-at .../>; parameters: href (the reader's page by default,
    or the organisers' review page) and the heading level;
  - a whole practice (mode "full"): <practice> with its <organisation>
    and <revision> (see CONTRACT7: texts, themes, aspects, partners,
    links, the contact person by name only): the texts with their line
    breaks as paragraphs, and beside them (mode "facts") what it is;
  - its state for those who may see a working revision (mode "state").

  Texts from the database are Dutch (c:data-lang). The contact person's
  address is never in the page document, so never on a page.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<!-- One practice of a list: the title as a link, municipality, year and
     category, the state where it is not simply published, the summary
     and the circular aspects as tags. -->
<xsl:template match="practice" mode="card">
  <xsl:param name="href" select="concat('/praktijk/', @id)"/>
  <xsl:param name="level" select="'h3'"/>
  <!-- In the library's results a practice is what readers see; in a
       municipality's own list, what is being worked on. -->
  <xsl:param name="working" select="true()"/>
  <xsl:variable name="state">
    <xsl:choose>
      <xsl:when test="$working and @working-status"><xsl:value-of select="@working-status"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="@status"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <li class="cimolt-practice-card">
    <xsl:element name="{$level}">
      <xsl:attribute name="class">cimolt-practice-card__title</xsl:attribute>
      <a class="utrecht-link" href="{$href}">
        <xsl:for-each select="title">
          <xsl:call-template name="c:data-lang"/>
          <xsl:apply-templates select="node()" mode="marked"/>
        </xsl:for-each>
      </a>
    </xsl:element>
    <p class="cimolt-practice-card__meta">
      <span class="cimolt-practice-card__org"><xsl:value-of select="organisation"/></span>
      <xsl:text> · </xsl:text>
      <xsl:value-of select="@year"/>
      <xsl:text> · </xsl:text>
      <xsl:value-of select="c:t(concat('category.', @category))"/>
    </p>
    <xsl:if test="$state != 'published' or @public = 'yes'">
      <p class="cimolt-practice-card__badges">
        <xsl:if test="$state != 'published'">
          <span class="cimolt-practice-badge cimolt-practice-badge--{$state}">
            <xsl:value-of select="c:t(concat('practice.status.', $state))"/>
          </span>
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:if test="@published = 'yes' and @status != 'published'">
          <span class="cimolt-practice-badge">
            <xsl:value-of select="c:t('practice.status.published')"/>
          </span>
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:if test="@public = 'yes'">
          <span class="cimolt-practice-badge cimolt-practice-badge--public">
            <xsl:value-of select="c:t('practice.public')"/>
          </span>
        </xsl:if>
      </p>
    </xsl:if>
    <xsl:if test="normalize-space(summary)">
      <p class="cimolt-practice-card__summary">
        <xsl:for-each select="summary">
          <xsl:call-template name="c:data-lang"/>
          <xsl:apply-templates select="node()" mode="marked"/>
        </xsl:for-each>
      </p>
    </xsl:if>
    <xsl:if test="aspects/aspect">
      <p class="cimolt-visually-hidden"><xsl:value-of select="c:t('practice.aspects')"/></p>
      <ul class="cimolt-tags">
        <xsl:for-each select="aspects/aspect">
          <li class="cimolt-tag"><xsl:value-of select="c:t(concat('aspect.', @code))"/></li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </li>
</xsl:template>

<!-- A card's title or summary: its text, with the words a search
     matched (<mark> in the document) highlighted. -->
<xsl:template match="mark" mode="marked">
  <mark class="cimolt-mark"><xsl:value-of select="."/></mark>
</xsl:template>

<xsl:template match="text()" mode="marked">
  <xsl:value-of select="."/>
</xsl:template>

<!-- A whole practice: the summary as a lead, the approach, results and
     lessons, the public documents and the contact person; the facts
     (mode "facts") come first on narrow screens, beside the texts on
     wide ones. -->
<xsl:template match="practice" mode="full">
  <xsl:variable name="rev" select="revision"/>
  <div class="cimolt-practice">
    <aside class="cimolt-practice__facts" aria-labelledby="practice-facts-title">
      <h2 id="practice-facts-title" class="cimolt-practice__facts-title"><xsl:value-of select="c:t('practice.facts')"/></h2>
      <xsl:apply-templates select="." mode="facts"/>
    </aside>
    <div class="cimolt-practice__text">
      <xsl:for-each select="$rev/summary">
        <div class="cimolt-practice__summary">
          <xsl:call-template name="c:data-lang"/>
          <xsl:call-template name="c:paragraphs">
            <xsl:with-param name="text" select="."/>
            <xsl:with-param name="class" select="'cimolt-lead'"/>
          </xsl:call-template>
        </div>
      </xsl:for-each>
      <section class="cimolt-practice__part" aria-labelledby="practice-approach">
        <h2 id="practice-approach"><xsl:value-of select="c:t('practice.approach')"/></h2>
        <xsl:for-each select="$rev/approach">
          <div>
            <xsl:call-template name="c:data-lang"/>
            <xsl:call-template name="c:paragraphs"><xsl:with-param name="text" select="."/></xsl:call-template>
          </div>
        </xsl:for-each>
      </section>
      <xsl:if test="normalize-space($rev/results)">
        <section class="cimolt-practice__part" aria-labelledby="practice-results">
          <h2 id="practice-results"><xsl:value-of select="c:t('practice.results')"/></h2>
          <xsl:for-each select="$rev/results">
            <div>
              <xsl:call-template name="c:data-lang"/>
              <xsl:call-template name="c:paragraphs"><xsl:with-param name="text" select="."/></xsl:call-template>
            </div>
          </xsl:for-each>
        </section>
      </xsl:if>
      <xsl:if test="$rev/links/link">
        <section class="cimolt-practice__part" aria-labelledby="practice-links">
          <h2 id="practice-links"><xsl:value-of select="c:t('practice.links')"/></h2>
          <ul class="cimolt-practice__links">
            <xsl:for-each select="$rev/links/link">
              <li>
                <a class="utrecht-link" href="{@url}">
                  <xsl:call-template name="c:data-lang"/>
                  <xsl:value-of select="."/>
                </a>
                <xsl:if test="normalize-space(.) != @url">
                  <span class="cimolt-practice__url"><xsl:value-of select="@url"/></span>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </section>
      </xsl:if>
      <xsl:apply-templates select="." mode="contact"/>
    </div>
  </div>
</xsl:template>

<!-- The facts of a practice as a description list. -->
<xsl:template match="practice" mode="facts">
  <xsl:variable name="rev" select="revision"/>
  <dl class="cimolt-facts cimolt-practice-facts">
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('practice.meta.organisation')"/></dt>
      <dd>
        <xsl:value-of select="organisation"/>
        <xsl:if test="normalize-space(organisation/@province)">
          <span class="cimolt-practice-facts__sub"><xsl:value-of select="organisation/@province"/></span>
        </xsl:if>
      </dd>
    </div>
    <xsl:if test="$rev/partners/organisation">
      <div class="cimolt-facts__row">
        <dt><xsl:value-of select="c:t('practice.partners')"/></dt>
        <dd>
          <ul class="cimolt-practice-facts__list">
            <xsl:for-each select="$rev/partners/organisation">
              <li><xsl:value-of select="."/></li>
            </xsl:for-each>
          </ul>
        </dd>
      </div>
    </xsl:if>
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('practice.meta.category')"/></dt>
      <dd><xsl:value-of select="c:t(concat('category.', $rev/@category))"/></dd>
    </div>
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('practice.meta.year')"/></dt>
      <dd><xsl:value-of select="$rev/@year"/></dd>
    </div>
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('practice.meta.value-band')"/></dt>
      <dd>
        <xsl:choose>
          <xsl:when test="$rev/@value-band"><xsl:value-of select="c:t(concat('valueband.', $rev/@value-band))"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="c:t('valueband.onbekend')"/></xsl:otherwise>
        </xsl:choose>
      </dd>
    </div>
    <xsl:if test="$rev/themes/theme">
      <div class="cimolt-facts__row">
        <dt><xsl:value-of select="c:t('practice.themes')"/></dt>
        <dd>
          <ul class="cimolt-practice-facts__list">
            <xsl:for-each select="$rev/themes/theme">
              <li><xsl:value-of select="c:t(concat('theme.', @code))"/></li>
            </xsl:for-each>
          </ul>
        </dd>
      </div>
    </xsl:if>
    <xsl:if test="$rev/aspects/aspect">
      <div class="cimolt-facts__row">
        <dt><xsl:value-of select="c:t('practice.aspects')"/></dt>
        <dd>
          <ul class="cimolt-practice-facts__list">
            <xsl:for-each select="$rev/aspects/aspect">
              <li><xsl:value-of select="c:t(concat('aspect.', @code))"/></li>
            </xsl:for-each>
          </ul>
        </dd>
      </div>
    </xsl:if>
    <xsl:if test="published-at">
      <div class="cimolt-facts__row">
        <dt><xsl:value-of select="c:t('practice.meta.published')"/></dt>
        <dd><time datetime="{published-at/@date}"><xsl:value-of select="c:date(published-at)"/></time></dd>
      </div>
    </xsl:if>
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('practice.meta.visibility')"/></dt>
      <dd>
        <xsl:choose>
          <xsl:when test="@public = 'yes'"><xsl:value-of select="c:t('practice.visibility.public')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="c:t('practice.visibility.internal')"/></xsl:otherwise>
        </xsl:choose>
      </dd>
    </div>
  </dl>
</xsl:template>

<!-- The contact person, by name, with the way to ask a question: a
     button to the contact form for those who may use it, and for a
     visitor who is not signed in, a link to sign in. -->
<xsl:template match="practice" mode="contact">
  <xsl:variable name="contact" select="revision/contact"/>
  <xsl:if test="$contact">
    <section class="cimolt-practice__part cimolt-practice__contact" aria-labelledby="practice-contact">
      <h2 id="practice-contact"><xsl:value-of select="c:t('practice.contact')"/></h2>
      <p><xsl:value-of select="c:t('practice.contact.who', $contact/@name, organisation)"/></p>
      <xsl:choose>
        <xsl:when test="actions/@contact = 'yes'">
          <p class="cimolt-actions">
            <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="/praktijk/{@id}/contact">
              <xsl:value-of select="c:t('practice.contact.ask', $contact/@name)"/>
            </a>
          </p>
        </xsl:when>
        <xsl:when test="/page/user/@role = 'anonymous' and @shown = 'published'">
          <p>
            <a class="utrecht-link" href="/inloggen"><xsl:value-of select="c:t('practice.contact.sign-in')"/></a>
          </p>
        </xsl:when>
      </xsl:choose>
    </section>
  </xsl:if>
</xsl:template>

<!-- For those who may see the working revision: what state it is in,
     and the organisers' remark when it was returned. -->
<xsl:template match="practice" mode="state">
  <xsl:variable name="ws" select="string(@working-status)"/>
  <xsl:if test="$ws != '' and @shown != 'published'">
    <div class="utrecht-alert utrecht-alert--info cimolt-alert cimolt-practice-state cimolt-practice-state--{$ws}">
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <p class="cimolt-practice-state__status">
            <strong><xsl:value-of select="c:t(concat('practice.status.', $ws))"/></strong>
            <xsl:text>. </xsl:text>
            <xsl:value-of select="c:t(concat('practice.working.', $ws))"/>
          </p>
          <xsl:if test="revision/remark">
            <h2 class="cimolt-alert__title"><xsl:value-of select="c:t('practice.remark')"/></h2>
            <xsl:for-each select="revision/remark">
              <div>
                <xsl:call-template name="c:data-lang"/>
                <xsl:call-template name="c:paragraphs"><xsl:with-param name="text" select="."/></xsl:call-template>
              </div>
            </xsl:for-each>
          </xsl:if>
        </div>
      </div>
    </div>
  </xsl:if>
</xsl:template>

<!-- The title of the practice's revision, in a span marked as Dutch
     (so that it can follow other text in a heading). -->
<xsl:template match="practice" mode="title">
  <xsl:for-each select="revision/title">
    <span class="cimolt-practice__title-text">
      <xsl:call-template name="c:data-lang"/>
      <xsl:value-of select="."/>
    </span>
  </xsl:for-each>
</xsl:template>

<!-- c:paragraphs: a text with line breaks as paragraphs, one per line
     that is not blank (a screen reader can then move through them). -->
<xsl:template name="c:paragraphs">
  <xsl:param name="text"/>
  <xsl:param name="class" select="''"/>
  <xsl:variable name="t" select="translate($text, '&#13;', '')"/>
  <xsl:variable name="line">
    <xsl:choose>
      <xsl:when test="contains($t, '&#10;')"><xsl:value-of select="substring-before($t, '&#10;')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:if test="normalize-space($line) != ''">
    <p>
      <xsl:if test="$class != ''"><xsl:attribute name="class"><xsl:value-of select="$class"/></xsl:attribute></xsl:if>
      <xsl:value-of select="$line"/>
    </p>
  </xsl:if>
  <xsl:if test="contains($t, '&#10;')">
    <xsl:call-template name="c:paragraphs">
      <xsl:with-param name="text" select="substring-after($t, '&#10;')"/>
      <xsl:with-param name="class" select="$class"/>
    </xsl:call-template>
  </xsl:if>
</xsl:template>

</xsl:stylesheet>
