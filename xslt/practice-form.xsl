<?xml version="1.0" encoding="UTF-8"?>
<!--
  The practice form (page name "practice-form", GET/POST /praktijk/nieuw
  and /praktijk/{id}/bewerken): a new practice, or a new revision of one.
  The fields in five fieldsets: the practice (title, summary, approach,
  results), the optional English title and summary, its facts (year, category, contract value, strategic themes
  and circular aspects as groups of checkboxes), co-operation and contact
  (co-operating municipalities as checkboxes by province, the contact
  person, "I am the contact person") and public documents (five pairs of
  address and description). Errors by their fields, as forms.xsl does;
  a group of checkboxes is a fieldset whose legend names it, described by
  its hint and errors, and the error summary links to its first box.
  Document: see /work/notes/CONTRACT7.md (field types checkboxes,
  organisations, contact).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>
<xsl:include href="practice-common.xsl"/>

<!-- The fields of this page's form that have a hint (forms.xsl reads
     this variable; this page has only the practice form). -->
<xsl:variable name="c:form-hints" select="concat(
    ' practice.title practice.summary practice.approach practice.results practice.year',
    ' practice.value_band practice.themes practice.aspects practice.partners practice.contact ')"/>

<xsl:template match="page" mode="c:title">
  <xsl:choose>
    <xsl:when test="practice"><xsl:value-of select="c:t('practice.form.edit')"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="c:t('practice.form.new')"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <p class="cimolt-back">
    <xsl:choose>
      <xsl:when test="practice">
        <a class="utrecht-link" href="/praktijk/{practice/@id}"><xsl:value-of select="c:t('practice.form.back')"/></a>
      </xsl:when>
      <xsl:otherwise>
        <a class="utrecht-link" href="/praktijk"><xsl:value-of select="c:t('practice.back')"/></a>
      </xsl:otherwise>
    </xsl:choose>
  </p>
  <div class="cimolt-narrow cimolt-practice-form">
    <h1>
      <xsl:choose>
        <xsl:when test="practice">
          <xsl:value-of select="c:t('practice.form.edit')"/>
          <span class="cimolt-heading-sub">
            <xsl:apply-templates select="practice" mode="title"/>
          </span>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="c:t('practice.form.new')"/></xsl:otherwise>
      </xsl:choose>
    </h1>
    <p class="cimolt-intro"><xsl:value-of select="c:t('practice.form.lead')"/></p>
    <xsl:if test="practice/@published = 'yes'">
      <p class="cimolt-note"><xsl:value-of select="c:t('practice.form.revision-note')"/></p>
    </xsl:if>
    <xsl:for-each select="practice[revision/remark]">
      <div class="utrecht-alert utrecht-alert--info cimolt-alert">
        <div class="utrecht-alert__content">
          <div class="utrecht-alert__message">
            <h2 class="cimolt-alert__title"><xsl:value-of select="c:t('practice.remark')"/></h2>
            <xsl:for-each select="revision/remark">
              <div>
                <xsl:call-template name="c:data-lang"/>
                <xsl:call-template name="c:paragraphs"><xsl:with-param name="text" select="."/></xsl:call-template>
              </div>
            </xsl:for-each>
          </div>
        </div>
      </div>
    </xsl:for-each>
    <xsl:apply-templates select="form[@name = 'practice']"/>
  </div>
</xsl:template>

<!-- The five fieldsets. -->
<xsl:template match="form[@name = 'practice']" mode="c:fields">
  <xsl:call-template name="group">
    <xsl:with-param name="key" select="'what'"/>
    <xsl:with-param name="fields" select="field[@name = 'title' or @name = 'summary' or @name = 'approach' or @name = 'results']"/>
  </xsl:call-template>
  <xsl:call-template name="group">
    <xsl:with-param name="key" select="'english'"/>
    <xsl:with-param name="fields" select="field[@name = 'title_en' or @name = 'summary_en']"/>
    <xsl:with-param name="hint" select="c:t('practice.form.group.english.hint')"/>
  </xsl:call-template>
  <xsl:call-template name="group">
    <xsl:with-param name="key" select="'facts'"/>
    <xsl:with-param name="fields" select="field[@name = 'year' or @name = 'category' or @name = 'value_band' or @name = 'themes' or @name = 'aspects']"/>
  </xsl:call-template>
  <xsl:call-template name="group">
    <xsl:with-param name="key" select="'people'"/>
    <xsl:with-param name="fields" select="field[@name = 'partners' or @name = 'contact' or @name = 'contact_self']"/>
  </xsl:call-template>
  <xsl:call-template name="group">
    <xsl:with-param name="key" select="'links'"/>
    <xsl:with-param name="fields" select="field[starts-with(@name, 'link')]"/>
    <xsl:with-param name="hint" select="c:t('practice.form.group.links.hint')"/>
  </xsl:call-template>
  <!-- A field the daemon adds later still shows. -->
  <xsl:apply-templates select="field[not(@name = 'title' or @name = 'summary' or @name = 'approach'
      or @name = 'results' or @name = 'title_en' or @name = 'summary_en' or @name = 'year' or @name = 'category' or @name = 'value_band'
      or @name = 'themes' or @name = 'aspects' or @name = 'partners' or @name = 'contact'
      or @name = 'contact_self' or starts-with(@name, 'link'))]"/>
</xsl:template>

<xsl:template name="group">
  <xsl:param name="key"/>
  <xsl:param name="fields"/>
  <xsl:param name="hint" select="''"/>
  <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset cimolt-fieldset cimolt-practice-form__group">
    <xsl:if test="$hint != ''">
      <xsl:attribute name="aria-describedby">practice-group-<xsl:value-of select="$key"/>-hint</xsl:attribute>
    </xsl:if>
    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
      <xsl:value-of select="c:t(concat('practice.form.group.', $key))"/>
    </legend>
    <xsl:if test="$hint != ''">
      <p class="cimolt-practice-form__group-hint" id="practice-group-{$key}-hint"><xsl:value-of select="$hint"/></p>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="$key = 'links'">
        <xsl:for-each select="$fields[substring(@name, string-length(@name) - 3) = '_url']">
          <xsl:variable name="n" select="substring-before(substring-after(@name, 'link'), '_')"/>
          <div class="cimolt-practice-form__link">
            <xsl:apply-templates select="."/>
            <xsl:apply-templates select="../field[@name = concat('link', $n, '_label')]"/>
          </div>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="$fields"/>
      </xsl:otherwise>
    </xsl:choose>
  </fieldset>
</xsl:template>

<!-- The category: a choice is needed, so a new practice starts with an
     empty option that asks for one (and the select is required). -->
<xsl:template match="form[@name = 'practice']/field[@name = 'category']" mode="c:control">
  <xsl:variable name="value" select="string(@value)"/>
  <select class="utrecht-select utrecht-select--html-select" id="practice-category" name="category" required="required">
    <xsl:call-template name="c:field-attributes">
      <xsl:with-param name="invalid-class">utrecht-select utrecht-select--html-select utrecht-select--invalid</xsl:with-param>
    </xsl:call-template>
    <option value=""><xsl:value-of select="c:t('form.practice.category.choose')"/></option>
    <xsl:for-each select="option">
      <option value="{@value}">
        <xsl:if test="@value = $value"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
        <xsl:value-of select="c:t(concat('form.practice.category.option.', @value))"/>
      </option>
    </xsl:for-each>
  </select>
</xsl:template>

<!-- A group of checkboxes (themes, aspects) or of municipalities by
     province (partners): a fieldset, its legend the field's label,
     described by its hint and errors; the first box has the field's id,
     so the error summary's link reaches it. -->
<xsl:template match="form/field[@type = 'checkboxes' or @type = 'organisations']" priority="2">
  <xsl:variable name="f" select="string(../@name)"/>
  <xsl:variable name="id" select="concat($f, '-', @name)"/>
  <xsl:variable name="required" select="@required = 'yes' or ($f = 'practice' and @name = 'aspects')"/>
  <xsl:variable name="describedby">
    <xsl:if test="c:has-hint(.)"><xsl:value-of select="concat($id, '-hint ')"/></xsl:if>
    <xsl:if test="error"><xsl:value-of select="concat($id, '-error')"/></xsl:if>
  </xsl:variable>
  <fieldset id="{$id}-group">
    <xsl:attribute name="class">
      <xsl:text>utrecht-form-fieldset utrecht-form-fieldset--html-fieldset cimolt-choices</xsl:text>
      <xsl:if test="error"> cimolt-choices--invalid</xsl:if>
    </xsl:attribute>
    <xsl:if test="normalize-space($describedby) != ''">
      <xsl:attribute name="aria-describedby"><xsl:value-of select="normalize-space($describedby)"/></xsl:attribute>
    </xsl:if>
    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend cimolt-choices__legend">
      <xsl:value-of select="c:t(concat('form.', $f, '.', @name, '.label'))"/>
      <xsl:if test="not($required)">
        <xsl:text> </xsl:text>
        <span class="cimolt-form-field__optional"><xsl:value-of select="c:t('form.optional')"/></span>
      </xsl:if>
    </legend>
    <xsl:call-template name="c:field-hint"/>
    <xsl:call-template name="c:field-errors"/>
    <xsl:choose>
      <xsl:when test="@type = 'organisations' and count(province | group) &gt; 1">
        <xsl:for-each select="province | group">
          <details class="cimolt-choices__province">
            <xsl:if test="option[@checked = 'yes'] or (position() = 1 and ../error)">
              <xsl:attribute name="open">open</xsl:attribute>
            </xsl:if>
            <summary>
              <xsl:value-of select="@name"/>
              <xsl:if test="option[@checked = 'yes']">
                <xsl:text> </xsl:text>
                <span class="cimolt-choices__count"><xsl:value-of select="c:t('form.choices.chosen', count(option[@checked = 'yes']))"/></span>
              </xsl:if>
            </summary>
            <xsl:call-template name="boxes">
              <xsl:with-param name="options" select="option"/>
              <xsl:with-param name="field" select=".."/>
            </xsl:call-template>
          </details>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="boxes">
          <xsl:with-param name="options" select=".//option"/>
          <xsl:with-param name="field" select="."/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </fieldset>
</xsl:template>

<!-- The boxes of a group, in columns where there is room. -->
<xsl:template name="boxes">
  <xsl:param name="options"/>
  <xsl:param name="field"/>
  <xsl:variable name="f" select="string($field/../@name)"/>
  <xsl:variable name="n" select="string($field/@name)"/>
  <xsl:variable name="first" select="generate-id($field//option[1])"/>
  <ul>
    <xsl:attribute name="class">
      <xsl:text>cimolt-choices__list</xsl:text>
      <xsl:if test="$field/@type = 'organisations'"> cimolt-choices__list--columns</xsl:if>
    </xsl:attribute>
    <xsl:for-each select="$options">
      <xsl:variable name="id">
        <xsl:value-of select="concat($f, '-', $n)"/>
        <xsl:if test="generate-id() != $first">
          <xsl:value-of select="concat('-', translate(@value, '&lt;&gt;.', 'ltgt'))"/>
        </xsl:if>
      </xsl:variable>
      <li class="utrecht-form-field utrecht-form-field--checkbox cimolt-form-field--checkbox cimolt-choices__item">
        <div class="utrecht-form-field__input">
          <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="{$id}" name="{$n}" value="{@value}">
            <xsl:if test="@checked = 'yes'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
          </input>
        </div>
        <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
          <label class="utrecht-form-label utrecht-form-label--checkbox" for="{$id}">
            <xsl:choose>
              <xsl:when test="@label"><xsl:value-of select="@label"/></xsl:when>
              <xsl:when test="$n = 'themes'"><xsl:value-of select="c:t(concat('theme.', @value))"/></xsl:when>
              <xsl:when test="$n = 'aspects'"><xsl:value-of select="c:t(concat('aspect.', @value))"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="@value"/></xsl:otherwise>
            </xsl:choose>
          </label>
        </div>
      </li>
    </xsl:for-each>
  </ul>
</xsl:template>

<!-- The contact person: one of the municipality's people who agreed to
     be asked, or nobody. Without any such person only the box "I am the
     contact person" shows. -->
<xsl:template match="form/field[@type = 'contact']" priority="2">
  <xsl:if test="option">
    <div class="utrecht-form-field utrecht-form-field--text cimolt-form-field">
      <xsl:if test="error">
        <xsl:attribute name="class">utrecht-form-field utrecht-form-field--text utrecht-form-field--invalid cimolt-form-field</xsl:attribute>
      </xsl:if>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="{../@name}-{@name}">
          <xsl:value-of select="c:t(concat('form.', ../@name, '.', @name, '.label'))"/>
        </label>
      </div>
      <xsl:call-template name="c:field-hint"/>
      <xsl:call-template name="c:field-errors"/>
      <div class="utrecht-form-field__input">
        <select class="utrecht-select utrecht-select--html-select" id="{../@name}-{@name}" name="{@name}">
          <xsl:call-template name="c:field-attributes">
            <xsl:with-param name="invalid-class">utrecht-select utrecht-select--html-select utrecht-select--invalid</xsl:with-param>
          </xsl:call-template>
          <option value=""><xsl:value-of select="c:t('form.practice.contact.none')"/></option>
          <xsl:for-each select="option">
            <option value="{@value}">
              <xsl:if test="@selected = 'yes'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:value-of select="@label"/>
            </option>
          </xsl:for-each>
        </select>
      </div>
    </div>
  </xsl:if>
</xsl:template>

</xsl:stylesheet>
