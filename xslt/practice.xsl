<?xml version="1.0" encoding="UTF-8"?>
<!--
  One practice (page name "practice", GET /praktijk/{id} and
  /praktijk/{id}/concept): its title, what its own municipality and the
  organisers may do with it (edit, submit, review), its state when a
  working revision is shown (with the organisers' remark), the facts
  beside the texts, the public documents, the contact person by name with
  the button to ask a question, the practices related to it and the
  advice rules that link to it (<advice><item rule tier scope key><text/>
  </item></advice>, the text in the page's language). Document: see /work/notes/CONTRACT7.md.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>
<xsl:include href="practice-common.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="practice/revision/title"/>
</xsl:template>

<xsl:template match="page" mode="c:head">
  <link rel="alternate" type="application/atom+xml" href="/praktijk.atom" title="{c:t('practice-feed.title')}"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <p class="cimolt-back">
    <a class="utrecht-link" href="/praktijk"><xsl:value-of select="c:t('practice.back')"/></a>
  </p>
  <xsl:for-each select="practice">
    <h1 class="cimolt-practice__title">
      <xsl:apply-templates select="." mode="title"/>
      <span class="cimolt-heading-sub">
        <xsl:value-of select="c:t('practice.heading-sub', organisation, revision/@year)"/>
      </span>
    </h1>
    <xsl:apply-templates select="." mode="state"/>
    <xsl:apply-templates select="." mode="versions"/>
    <xsl:apply-templates select="actions"/>
    <xsl:apply-templates select="." mode="full"/>
  </xsl:for-each>

  <xsl:if test="related">
    <section class="cimolt-section cimolt-practice__related" aria-labelledby="related-title">
      <h2 id="related-title"><xsl:value-of select="c:t('practice.related')"/></h2>
      <xsl:choose>
        <xsl:when test="related/practice">
          <ul class="cimolt-practice-list">
            <xsl:apply-templates select="related/practice" mode="card"/>
          </ul>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="c:t('practice.related.none')"/></p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:if>

  <xsl:if test="advice/item">
    <section class="cimolt-section cimolt-practice__advice" aria-labelledby="advice-title">
      <h2 id="advice-title"><xsl:value-of select="c:t('practice.advice')"/></h2>
      <p><xsl:value-of select="c:t('practice.advice.lead')"/></p>
      <ul class="cimolt-practice-advice">
        <!-- <item rule tier scope key><text/></item>: the text is in the
             page's language already. -->
        <xsl:for-each select="advice/item">
          <li>
            <xsl:if test="(@scope = 'category' or @scope = 'theme') and normalize-space(@key)">
              <strong>
                <xsl:choose>
                  <xsl:when test="@scope = 'category'"><xsl:value-of select="c:t(concat('category.', @key))"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="c:t(concat('theme.', @key))"/></xsl:otherwise>
                </xsl:choose>
                <xsl:text>: </xsl:text>
              </strong>
            </xsl:if>
            <xsl:value-of select="text"/>
          </li>
        </xsl:for-each>
      </ul>
      <xsl:if test="/page/user/@role = 'member' or /page/user/@role = 'coordinator'">
        <p><a class="utrecht-link" href="/advies"><xsl:value-of select="c:t('practice.advice.own')"/></a></p>
      </xsl:if>
    </section>
  </xsl:if>
</xsl:template>

<!-- The published version and the one being worked on: those who may
     see both get a link from one to the other. -->
<xsl:template match="practice" mode="versions">
  <xsl:choose>
    <xsl:when test="@shown = 'published' and @working-status">
      <div class="utrecht-alert utrecht-alert--info cimolt-alert cimolt-practice-state">
        <div class="utrecht-alert__content">
          <div class="utrecht-alert__message">
            <p>
              <xsl:value-of select="c:t('practice.working.pending', c:t(concat('practice.status.', @working-status)))"/>
              <xsl:text> </xsl:text>
              <a class="utrecht-link" href="/praktijk/{@id}/concept"><xsl:value-of select="c:t('practice.working.view')"/></a>
            </p>
          </div>
        </div>
      </div>
    </xsl:when>
    <xsl:when test="@shown = 'working' and @published = 'yes'">
      <p class="cimolt-practice__versions">
        <xsl:value-of select="c:t('practice.form.revision-note')"/>
        <xsl:text> </xsl:text>
        <a class="utrecht-link" href="/praktijk/{@id}"><xsl:value-of select="c:t('practice.working.published-view')"/></a>
      </p>
    </xsl:when>
  </xsl:choose>
</xsl:template>

<!-- What the viewer may do: edit and submit (the municipality's own
     people; submitting is the coordinator's) and review (organisers). -->
<xsl:template match="actions">
  <xsl:if test="@edit = 'yes' or @submit = 'yes' or @review = 'yes'">
    <div class="cimolt-actions cimolt-practice__actions">
      <xsl:if test="@submit = 'yes'">
        <xsl:call-template name="c:post-button">
          <xsl:with-param name="action" select="concat('/praktijk/', ../@id, '/indienen')"/>
          <xsl:with-param name="label" select="c:t('practice.submit')"/>
          <xsl:with-param name="variant" select="'primary-action'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="@edit = 'yes'">
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="/praktijk/{../@id}/bewerken">
          <xsl:value-of select="c:t('practice.edit')"/>
        </a>
      </xsl:if>
      <xsl:if test="@review = 'yes'">
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="/beheer/praktijk/{../@id}">
          <xsl:value-of select="c:t('practice.review')"/>
        </a>
      </xsl:if>
    </div>
    <xsl:if test="@edit = 'yes' and not(@submit = 'yes') and (../@working-status = 'draft' or ../@working-status = 'returned') and /page/user/@role = 'member'">
      <p class="cimolt-note"><xsl:value-of select="c:t('practice.submit.coordinator-only')"/></p>
    </xsl:if>
  </xsl:if>
</xsl:template>

</xsl:stylesheet>
