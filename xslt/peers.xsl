<?xml version="1.0" encoding="UTF-8"?>
<!--
  The named view (page name "peers", GET/POST /benchmark/{year}/vergelijken):
  a municipality that is named in the benchmark beside the municipalities
  it chose that are named too, by name, per scope.
    <peers year named="yes|no" max="5" chosen="N">
      <years><year value current?/>...</years>     own submitted years
      <municipality id name own="yes"? submitted="yes|no">
        <score scope key value?/>...               every scope, page order
      </municipality>...                           the own one first
    </peers>
    <form name="peers" action>                     coordinators only
      <field name="peer" type="peers"><option value label checked?/>...
        <error key arg?/></field>
    </form>
  Only the municipalities' own scores: no figure of a group (fcgi/peers.c
  says why), so the table has a column per municipality and nothing else.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="benchmark-common.xsl"/>

<xsl:variable name="p" select="/page/peers"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('peers.title', $p/@year)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <p class="cimolt-back"><a class="utrecht-link" href="/benchmark/{$p/@year}"><xsl:value-of select="c:t('peers.back')"/></a></p>
  <h1>
    <xsl:value-of select="c:t('peers.title', $p/@year)"/>
    <xsl:if test="normalize-space(user/@organisation)">
      <span class="cimolt-heading-sub"><xsl:value-of select="c:t('benchmark.subtitle', user/@organisation)"/></span>
    </xsl:if>
  </h1>
  <p class="cimolt-intro"><xsl:value-of select="c:t('peers.lead')"/></p>
  <xsl:choose>
    <xsl:when test="$p/@named != 'yes'">
      <div class="utrecht-alert utrecht-alert--warning">
        <div class="utrecht-alert__content">
          <div class="utrecht-alert__message">
            <p><xsl:value-of select="c:t('peers.not-named')"/></p>
            <xsl:choose>
              <xsl:when test="user/@role = 'coordinator'">
                <p>
                  <xsl:value-of select="c:t('peers.not-named.coordinator')"/>
                  <xsl:text> </xsl:text>
                  <a class="utrecht-link" href="/gemeente/leden"><xsl:value-of select="c:t('peers.not-named.link')"/></a>
                </p>
              </xsl:when>
              <xsl:otherwise><p><xsl:value-of select="c:t('peers.not-named.member')"/></p></xsl:otherwise>
            </xsl:choose>
          </div>
        </div>
      </div>
    </xsl:when>
    <xsl:otherwise>
      <xsl:for-each select="$p">
        <xsl:call-template name="year-switch">
          <xsl:with-param name="base" select="'/benchmark/'"/>
          <xsl:with-param name="query" select="'/vergelijken'"/>
        </xsl:call-template>
      </xsl:for-each>
      <p><xsl:value-of select="c:t('peers.property')"/></p>
      <xsl:choose>
        <xsl:when test="$p/municipality[not(@own = 'yes')]">
          <xsl:call-template name="peers-table"/>
        </xsl:when>
        <xsl:otherwise>
          <p class="cimolt-peers__none"><xsl:value-of select="c:t('peers.none')"/></p>
          <xsl:if test="not(/page/form[@name = 'peers'])">
            <p><xsl:value-of select="c:t('peers.none.member')"/></p>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="/page/form[@name = 'peers']">
        <section class="cimolt-section" aria-labelledby="peers-choose-title">
          <h2 id="peers-choose-title"><xsl:value-of select="c:t('peers.choose.title')"/></h2>
          <xsl:choose>
            <xsl:when test="/page/form[@name = 'peers']/field/option">
              <p><xsl:value-of select="c:t('peers.choose.lead', $p/@max)"/></p>
              <xsl:apply-templates select="/page/form[@name = 'peers']">
                <xsl:with-param name="level" select="3"/>
              </xsl:apply-templates>
            </xsl:when>
            <xsl:otherwise>
              <p><xsl:value-of select="c:t('peers.choose.none')"/></p>
            </xsl:otherwise>
          </xsl:choose>
        </section>
      </xsl:if>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- The scores side by side: a row per scope, a column per municipality
     (the own one first), each cell that municipality's own score. -->
<xsl:template name="peers-table">
  <xsl:variable name="cols" select="$p/municipality"/>
    <table class="cimolt-table cimolt-result__table cimolt-peers">
      <caption><xsl:value-of select="c:t('peers.table.caption', $p/@year)"/></caption>
      <thead>
        <tr>
          <th scope="col"><xsl:value-of select="c:t('peers.col.scope')"/></th>
          <xsl:for-each select="$cols">
            <th scope="col" class="cimolt-table__number">
              <xsl:value-of select="@name"/>
              <xsl:if test="@own = 'yes'">
                <xsl:text> </xsl:text>
                <span class="cimolt-peers__own"><xsl:value-of select="c:t('peers.own')"/></span>
              </xsl:if>
            </th>
          </xsl:for-each>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$cols[@own = 'yes']/score">
          <xsl:variable name="scope" select="string(@scope)"/>
          <xsl:variable name="key" select="string(@key)"/>
          <tr>
            <xsl:if test="@scope = 'overall' or @key = 'overall'"><xsl:attribute name="class">cimolt-table__total</xsl:attribute></xsl:if>
            <th scope="row">
              <xsl:value-of select="c:scope-name(.)"/>
              <xsl:if test="@scope = 'share' and @key != 'overall'">
                <xsl:text> </xsl:text>
                <span class="cimolt-peers__share">(%)</span>
              </xsl:if>
            </th>
            <xsl:for-each select="$cols">
              <xsl:variable name="s" select="score[@scope = $scope and @key = $key]"/>
              <td class="cimolt-table__number">
                <xsl:choose>
                  <xsl:when test="@submitted != 'yes'"><xsl:value-of select="c:t('peers.no-round', $p/@year)"/></xsl:when>
                  <xsl:when test="$s/@value"><xsl:value-of select="c:figure($s/@value, $scope = 'share')"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="c:t('peers.no-score')"/></xsl:otherwise>
                </xsl:choose>
              </td>
            </xsl:for-each>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
</xsl:template>

<!-- The choice: a fieldset of checkboxes, one per municipality that is
     named; its legend the field's label; every box is described by the
     field's errors. The first box has the field's id, so the error
     summary's link reaches it. -->
<xsl:template match="form/field[@type = 'peers']" priority="2">
  <xsl:variable name="id" select="concat(../@name, '-', @name)"/>
  <fieldset id="{$id}-group">
    <xsl:attribute name="class">
      <xsl:text>utrecht-form-fieldset utrecht-form-fieldset--html-fieldset cimolt-choices</xsl:text>
      <xsl:if test="error"> cimolt-choices--invalid</xsl:if>
    </xsl:attribute>
    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend cimolt-choices__legend">
      <xsl:value-of select="c:t('form.peers.peer.label')"/>
    </legend>
    <xsl:call-template name="c:field-errors"/>
    <ul class="cimolt-choices__list cimolt-choices__list--columns">
      <xsl:for-each select="option">
        <xsl:variable name="box">
          <xsl:value-of select="$id"/>
          <xsl:if test="position() != 1"><xsl:value-of select="concat('-', @value)"/></xsl:if>
        </xsl:variable>
        <li class="utrecht-form-field utrecht-form-field--checkbox cimolt-form-field--checkbox cimolt-choices__item">
          <div class="utrecht-form-field__input">
            <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="{$box}" name="peer" value="{@value}">
              <xsl:if test="@checked = 'yes'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
              <xsl:if test="../error">
                <xsl:attribute name="aria-invalid">true</xsl:attribute>
                <xsl:attribute name="aria-describedby"><xsl:value-of select="concat($id, '-error')"/></xsl:attribute>
              </xsl:if>
            </input>
          </div>
          <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
            <label class="utrecht-form-label utrecht-form-label--checkbox" for="{$box}"><xsl:value-of select="@label"/></label>
          </div>
        </li>
      </xsl:for-each>
    </ul>
  </fieldset>
</xsl:template>

</xsl:stylesheet>
