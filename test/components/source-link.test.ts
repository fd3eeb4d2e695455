import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SourceLink from '../../components/SourceLink.vue'
import { sourceById } from '../../data/sources.ts'

describe('SourceLink', () => {
  it('links an arXiv source to its abstract, safely in a new tab, with authors, year and title as tooltip', () => {
    const a = mount(SourceLink, { props: { source: sourceById('brown2020') } }).find('a')
    expect(a.attributes('href')).toBe('https://arxiv.org/abs/2005.14165')
    expect(a.attributes('target')).toBe('_blank')
    expect(a.attributes('rel')).toBe('noopener noreferrer')
    expect(a.attributes('title')).toBe('Brown et al. 2020. Language Models are Few-Shot Learners (GPT-3)')
    expect(a.text()).toBe('arXiv:2005.14165')
  })

  it('labels a source without an arXiv id by its host, and leaves out the tooltip when asked', () => {
    const a = mount(SourceLink, { props: { source: sourceById('compvis2022'), untitled: true } }).find('a')
    expect(a.attributes('href')).toBe('https://github.com/CompVis/stable-diffusion')
    expect(a.text()).toBe('github.com/CompVis')
    expect(a.attributes('title')).toBeUndefined()
  })
})
