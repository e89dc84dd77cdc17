<?xml version="1.0" encoding="UTF-8"?>
<!--
  The organisers' review of one practice (page name "practice-review",
  GET /beheer/praktijk/{id}): its state, and when it was submitted the
  two decisions, publish or return with a remark for the municipality
  (the remark comes back with its error, 422, when it is empty or too
  long); always the switch between public (visible without signing in,
  and in the Atom feed) and only for participants. Below, the practice
  as its readers will see it. Document: see /work/notes/CONTRACT7.md.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>
<xsl:include href="practice-common.xsl"/>

<xsl:variable name="c:form-hints" select="' practice-return.remark '"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('practice-review.title', practice/revision/title)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <p class="cimolt-back">
    <a class="utrecht-link" href="/beheer/praktijk"><xsl:value-of select="c:t('practice-admin.back')"/></a>
  </p>
  <xsl:for-each select="practice">
    <h1 class="cimolt-practice__title">
      <span class="cimolt-heading-pre"><xsl:value-of select="c:t('practice-review.heading')"/></span>
      <xsl:text> </xsl:text>
      <xsl:apply-templates select="." mode="title"/>
      <span class="cimolt-heading-sub">
        <xsl:value-of select="c:t('practice.heading-sub', organisation, revision/@year)"/>
      </span>
    </h1>

    <section class="cimolt-practice-review" aria-labelledby="review-state">
      <h2 id="review-state"><xsl:value-of select="c:t('practice-review.state')"/></h2>
      <dl class="cimolt-facts">
        <div class="cimolt-facts__row">
          <dt><xsl:value-of select="c:t('practice-review.shown')"/></dt>
          <dd>
            <xsl:value-of select="c:t(concat('practice.status.', revision/@status))"/>
            <xsl:if test="revision/created">
              <span class="cimolt-practice-facts__sub">
                <xsl:value-of select="c:t('practice-review.saved-on', c:date(revision/created))"/>
              </span>
            </xsl:if>
          </dd>
        </div>
        <div class="cimolt-facts__row">
          <dt><xsl:value-of select="c:t('practice-review.published')"/></dt>
          <dd>
            <xsl:choose>
              <xsl:when test="published-at">
                <xsl:value-of select="c:t('practice-review.published-on', c:date(published-at))"/>
                <xsl:if test="@working-status">
                  <xsl:text> </xsl:text>
                  <xsl:value-of select="c:t('practice-review.new-version')"/>
                </xsl:if>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="c:t('practice-review.never')"/></xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
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
      <xsl:if test="revision/remark">
        <h3><xsl:value-of select="c:t('practice-review.remark-sent')"/></h3>
        <xsl:for-each select="revision/remark">
          <div class="cimolt-practice-review__remark">
            <xsl:call-template name="c:data-lang"/>
            <xsl:call-template name="c:paragraphs"><xsl:with-param name="text" select="."/></xsl:call-template>
          </div>
        </xsl:for-each>
      </xsl:if>
    </section>
  </xsl:for-each>

  <xsl:choose>
    <xsl:when test="form[@name = 'practice-publish']">
      <section class="cimolt-section cimolt-practice-review__decide" aria-labelledby="review-decide">
        <h2 id="review-decide"><xsl:value-of select="c:t('practice-review.decide')"/></h2>
        <p><xsl:value-of select="c:t('practice-review.decide.lead')"/></p>
        <div class="cimolt-practice-review__forms">
          <div class="cimolt-practice-review__form">
            <h3><xsl:value-of select="c:t('practice-review.publish')"/></h3>
            <p><xsl:value-of select="c:t('practice-review.publish.lead')"/></p>
            <xsl:apply-templates select="form[@name = 'practice-publish']">
              <xsl:with-param name="level" select="4"/>
            </xsl:apply-templates>
          </div>
          <div class="cimolt-practice-review__form">
            <h3><xsl:value-of select="c:t('practice-review.return')"/></h3>
            <xsl:apply-templates select="form[@name = 'practice-return']">
              <xsl:with-param name="level" select="4"/>
              <xsl:with-param name="button" select="'secondary-action'"/>
            </xsl:apply-templates>
          </div>
        </div>
      </section>
    </xsl:when>
    <xsl:otherwise>
      <p class="cimolt-note">
        <xsl:value-of select="c:t(concat('practice-review.nothing.', (practice/@working-status | practice/revision/@status)[1]))"/>
      </p>
    </xsl:otherwise>
  </xsl:choose>

  <xsl:for-each select="form[@name = 'practice-public']">
    <section class="cimolt-section" aria-labelledby="review-public">
      <h2 id="review-public"><xsl:value-of select="c:t('practice-review.visibility')"/></h2>
      <p>
        <xsl:choose>
          <xsl:when test="field[@name = 'openbaar']/@value = 'ja'"><xsl:value-of select="c:t('practice-review.visibility.internal-now')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="c:t('practice-review.visibility.public-now')"/></xsl:otherwise>
        </xsl:choose>
      </p>
      <form class="utrecht-form cimolt-form" method="post" action="{@action}">
        <input type="hidden" name="csrf" value="{/page/csrf}"/>
        <input type="hidden" name="openbaar" value="{field[@name = 'openbaar']/@value}"/>
        <div class="cimolt-form__actions">
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            <xsl:choose>
              <xsl:when test="field[@name = 'openbaar']/@value = 'ja'"><xsl:value-of select="c:t('practice-review.make-public')"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="c:t('practice-review.make-internal')"/></xsl:otherwise>
            </xsl:choose>
          </button>
        </div>
      </form>
    </section>
  </xsl:for-each>

  <xsl:for-each select="practice">
    <section class="cimolt-section cimolt-practice-review__preview" aria-labelledby="review-preview">
      <h2 id="review-preview"><xsl:value-of select="c:t('practice-review.preview')"/></h2>
      <xsl:apply-templates select="." mode="full"/>
    </section>
  </xsl:for-each>
</xsl:template>

</xsl:stylesheet>
